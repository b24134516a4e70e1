package dev.tracelint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration snippets are the files samples/orders-service builds with, character for character: a
 * block after {@code <!-- snippet: FILE -->} is that whole file, after {@code <!-- snippet: FILE#NAME -->} the lines
 * between {@code <!-- README snippet "NAME" -->} and {@code <!-- end of README snippet -->} in it, without their
 * common indentation. {@code -Dreadme.update=true} rewrites the README's blocks from the files instead of failing.
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: ([^#\\s]+)(?:#([\\w-]+))? -->\\n```(\\w*)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION_START = Pattern.compile("<!-- README snippet \"([\\w-]+)\" -->");
  private static final String REGION_END = "<!-- end of README snippet -->";

  private final Path root = SampleFiles.projectRoot();
  private final Path readme = root.resolve("README.md");

  @Test
  void readmeSnippetsAreTheSampleProjectsConfiguration() throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Matcher snippet = SNIPPET.matcher(text);
    StringBuilder updated = new StringBuilder();
    List<String> drift = new ArrayList<>();
    TreeSet<String> used = new TreeSet<>();
    int last = 0;
    while (snippet.find()) {
      String source = snippet.group(1) + (snippet.group(2) == null ? "" : "#" + snippet.group(2));
      used.add(source);
      String expected = snippet.group(2) == null ? Files.readString(root.resolve(snippet.group(1)))
          : regions(root.resolve(snippet.group(1))).get(snippet.group(2));
      assertTrue(expected != null, "README names " + source + ", which has no such README snippet region");
      if (!expected.equals(snippet.group(4))) {
        drift.add(source);
      }
      updated.append(text, last, snippet.start(4)).append(expected);
      last = snippet.end(4);
    }
    updated.append(text.substring(last));
    assertTrue(used.size() >= 5, "the README shows jvm.config, properties, Error Prone, PMD and the ruleset: " + used);

    List<String> orphans = new ArrayList<>();
    for (String file : List.of("samples/orders-service/pom.xml")) {
      regions(root.resolve(file)).keySet().stream().map(name -> file + "#" + name)
          .filter(name -> !used.contains(name)).forEach(orphans::add);
    }
    assertEquals(List.of(), orphans, "README snippet regions that the README does not show");

    if (Boolean.getBoolean("readme.update")) {
      Files.writeString(readme, updated, StandardCharsets.UTF_8);
    } else {
      assertEquals(List.of(), drift, "README snippets that differ from the files samples/orders-service builds "
          + "with: edit the files, then run `./mvnw -B -pl samples -am test -Dtest=ReadmeSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.update=true`");
    }
  }

  /** A rule added to the pack must be switched on in the README's Error Prone argument, or the engines disagree. */
  @Test
  void readmeErrorProneArgumentEnablesEveryRuleOfTheRuleset() {
    String ruleset = SampleFiles.read(root.resolve("pmd-rules/src/main/resources/rulesets/tracelint.xml"));
    String errorProne = regions(root.resolve("samples/orders-service/pom.xml")).get("error-prone");
    Matcher rule = Pattern.compile("<rule name=\"(\\w+)\"").matcher(ruleset);
    List<String> missing = new ArrayList<>();
    int rules = 0;
    while (rule.find()) {
      rules++;
      if (!errorProne.contains("-Xep:" + rule.group(1) + ":${tracelint.severity}")) {
        missing.add(rule.group(1));
      }
    }
    assertTrue(rules >= 5, "rules in rulesets/tracelint.xml: " + rules);
    assertEquals(List.of(), missing, "rules of rulesets/tracelint.xml that the README's Error Prone flag leaves off");
    assertEquals(SampleFiles.RULES.size(), rules, "SampleFiles.RULES lists every rule");
  }

  /** The README snippet regions of an XML file, each without the indentation its lines share. */
  static Map<String, String> regions(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> regions = new LinkedHashMap<>();
    String name = null;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      Matcher start = REGION_START.matcher(line);
      if (start.find()) {
        name = start.group(1);
        body = new ArrayList<>();
      } else if (line.contains(REGION_END) && name != null) {
        regions.put(name, dedent(body));
        name = null;
      } else if (name != null) {
        body.add(line);
      }
    }
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
    return text.toString();
  }
}
