package dev.tracelint.docs;

import dev.tracelint.docs.RuleFacts.BugPattern;
import dev.tracelint.docs.RuleFacts.Option;
import dev.tracelint.docs.RuleFacts.PmdProperty;
import dev.tracelint.docs.RuleFacts.PmdRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the parts of the documentation that restate the code: the rule index of {@code README.md} and
 * {@code docs/README.md}, the README's options table (both engines' spellings, defaults) and the example of each
 * rule page {@code docs/rules/<Rule>.md}, from the sample app's pair. Only the generated regions change.
 */
final class DocsGenerator {
  static final String README = "README.md";
  static final String DOCS_INDEX = "docs/README.md";
  static final String RULE_PAGES = "docs/rules";

  private final Path root;
  private final List<RuleFacts> rules;

  DocsGenerator(Path root) {
    this.root = root;
    this.rules = RuleSources.read(root);
  }

  List<RuleFacts> rules() {
    return rules;
  }

  /** Every page the generator writes to, relative to the root, with the text it should have. */
  Map<Path, String> pages() {
    Map<Path, String> pages = new LinkedHashMap<>();
    String readme = read(README);
    readme = GeneratedRegions.replace(readme, "rule-index", ruleIndex("docs/rules/"), README);
    readme = GeneratedRegions.replace(readme, "options", optionsTable(), README);
    pages.put(Path.of(README), readme);
    pages.put(Path.of(DOCS_INDEX),
        GeneratedRegions.replace(read(DOCS_INDEX), "rule-index", docsIndex(), DOCS_INDEX));
    for (RuleFacts rule : rules) {
      String page = RULE_PAGES + "/" + rule.name() + ".md";
      if (!Files.isRegularFile(root.resolve(page))) {
        throw new DocsException("rule " + rule.name() + " has no page " + page + " (CONTRIBUTING.md: a rule's faces)");
      }
      String text = read(page);
      String example = example(rule.name());
      text = GeneratedRegions.has(text, "example")
          ? GeneratedRegions.replace(text, "example", example, page)
          : GeneratedRegions.insert(text, "example", example, "## Options");
      pages.put(Path.of(page), text);
    }
    return pages;
  }

  /** The README's table: each rule, what it asks of the code (the check's summary), its severity in each engine. */
  String ruleIndex(String pages) {
    StringBuilder table = new StringBuilder("| rule | what it asks of your code | Error Prone | PMD |\n|---|---|---|---|\n");
    for (RuleFacts rule : rules) {
      table.append("| [").append(rule.name()).append("](").append(pages).append(rule.name()).append(".md) | ")
          .append(cell(sentence(summary(rule)))).append(" | ")
          .append(rule.errorProne().map(check -> "`" + check.severity() + "`").orElse("not shipped")).append(" | ")
          .append(rule.pmd().map(pmd -> "priority " + pmd.priority()).orElse("not shipped")).append(" |\n");
    }
    return table.toString();
  }

  /** The docs index: each rule's page, its summary and its options. */
  String docsIndex() {
    StringBuilder table = new StringBuilder("| rule | what it asks of your code | options (Error Prone / PMD) |\n"
        + "|---|---|---|\n");
    for (RuleFacts rule : rules) {
      String options = rule.options().isEmpty() ? "none" : rule.options().stream()
          .map(o -> o.errorProneKey().map(k -> "`" + k + "`").orElse("-") + " / "
              + o.pmdProperty().map(p -> "`" + p.name() + "`").orElse("-"))
          .collect(Collectors.joining(", "));
      table.append("| [").append(rule.name()).append("](rules/").append(rule.name()).append(".md) | ")
          .append(cell(sentence(summary(rule)))).append(" | ").append(options).append(" |\n");
    }
    return table.toString();
  }

  /** The README's options table: one row per option, both spellings, the default and what the option takes. */
  String optionsTable() {
    StringBuilder table = new StringBuilder("| rule | Error Prone | PMD property | default | what it takes |\n"
        + "|---|---|---|---|---|\n");
    for (RuleFacts rule : rules) {
      for (Option option : rule.options()) {
        String description = option.pmdProperty().map(PmdProperty::description).orElse("");
        String defaultValue = option.pmdProperty().map(PmdProperty::defaultValue)
            .map(value -> value.isEmpty() ? "none" : "`" + value + "`").orElse("-");
        table.append("| ").append(rule.name()).append(" | ")
            .append(option.errorProneKey().map(key -> "`-XepOpt:" + rule.name() + ":" + key + "`").orElse("-"))
            .append(" | ").append(option.pmdProperty().map(p -> "`" + p.name() + "`").orElse("-"))
            .append(" | ").append(defaultValue).append(" | ").append(cell(sentence(description))).append(" |\n");
      }
    }
    List<String> without = rules.stream().filter(r -> r.options().isEmpty()).map(RuleFacts::name).toList();
    if (!without.isEmpty()) {
      table.append("\nWithout options: ").append(String.join(", ", without)).append(".\n");
    }
    return table.toString();
  }

  /** A rule page's example: the violation from the sample app and its corrected twin. */
  String example(String rule) {
    SampleExcerpt excerpt = SampleExcerpt.of(root, rule);
    String up = "../../";
    return "### In the sample app\n\n"
        + "[`" + excerpt.violationMember() + "`](" + up + slashes(excerpt.violation()) + "), the lines the rule reports marked:"
        + "\n\n```java\n" + excerpt.violationCode() + "```\n\n"
        + "Corrected in [`" + excerpt.fixedMember() + "`](" + up + slashes(excerpt.fixed()) + "):\n\n```java\n"
        + excerpt.fixedCode() + "```\n";
  }

  private static String summary(RuleFacts rule) {
    return rule.errorProne().map(BugPattern::summary).orElseGet(() -> rule.pmd().map(PmdRule::message).orElse(""));
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() || trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  /** Text safe inside a Markdown table cell: a pipe would end the cell, a {@code <} could open an HTML tag. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("*", "\\*")
        .replace("\n", " ");
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private String read(String page) {
    try {
      return Files.readString(root.resolve(page), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
