package dev.tracelint.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.docs.RuleFacts.Option;
import dev.tracelint.docs.RuleFacts.PmdProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with one new rule, written in the shapes tracelint's rules use (flag constants built from catalogue keys, a
 * helper shared by every check that reads a flag, property descriptors in a shared class): the generator finds it in
 * the code and documents it without being told about it.
 */
class DocsGeneratorTest {
  @TempDir Path root;

  @BeforeEach
  void writeProject() throws IOException {
    write("catalog/src/main/java/dev/tracelint/catalog/LimitCatalog.java", """
        package dev.tracelint.catalog;

        public final class LimitCatalog {
          public static final String LIMIT_OPTION = "Limit";
          public static final String SHARED_OPTION = "Shared";
          public static final String SHARED_PROPERTY = "shared";
        }
        """);
    write("checks/src/main/java/dev/tracelint/checks/SeventhRule.java", """
        package dev.tracelint.checks;

        import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

        import com.google.auto.service.AutoService;
        import com.google.errorprone.BugPattern;
        import com.google.errorprone.ErrorProneFlags;
        import com.google.errorprone.bugpatterns.BugChecker;
        import dev.tracelint.catalog.LimitCatalog;

        @AutoService(BugChecker.class)
        @BugPattern(summary = "Keep every loop " + "under its limit", severity = WARNING)
        public final class SeventhRule extends BugChecker {
          static final String LIMIT_FLAG = "SeventhRule:" + LimitCatalog.LIMIT_OPTION;

          public SeventhRule() {
            this(ErrorProneFlags.empty());
          }

          public SeventhRule(ErrorProneFlags flags) {
            Runnable parse = () -> SharedFlag.read(flags, flags.get(LIMIT_FLAG).orElse(null));
          }
        }
        """);
    write("checks/src/main/java/dev/tracelint/checks/SharedFlag.java", """
        package dev.tracelint.checks;

        import com.google.errorprone.ErrorProneFlags;
        import dev.tracelint.catalog.LimitCatalog;

        final class SharedFlag {
          static boolean read(ErrorProneFlags options, String other) {
            String flag = rule() + ":" + LimitCatalog.SHARED_OPTION;
            return options.getBoolean(flag).orElse(false);
          }
        }
        """);
    write("checks/src/main/java/dev/tracelint/checks/NotRegistered.java", """
        package dev.tracelint.checks;

        @BugPattern(summary = "Not a service", severity = ERROR)
        public final class NotRegistered extends BugChecker {}
        """);
    write("pmd-rules/src/main/java/dev/tracelint/pmd/SeventhRuleRule.java", """
        package dev.tracelint.pmd;

        import net.sourceforge.pmd.properties.PropertyDescriptor;
        import net.sourceforge.pmd.properties.PropertyFactory;

        public class SeventhRuleRule extends AbstractJavaRulechainRule {
          static final PropertyDescriptor<String> LIMIT = PropertyFactory.stringProperty("limit")
              .desc("How many | at most, " + "e.g. 3")
              .defaultValue("10")
              .build();

          public SeventhRuleRule() {
            definePropertyDescriptor(LIMIT);
            definePropertyDescriptor(SharedProperty.SHARED);
          }
        }
        """);
    write("pmd-rules/src/main/java/dev/tracelint/pmd/SharedProperty.java", """
        package dev.tracelint.pmd;

        import dev.tracelint.catalog.LimitCatalog;

        final class SharedProperty {
          static final PropertyDescriptor<Boolean> SHARED = PropertyFactory.booleanProperty(
              LimitCatalog.SHARED_PROPERTY).desc("true to share").defaultValue(false).build();
        }
        """);
    write(RuleSources.RULESET, """
        <?xml version="1.0" encoding="UTF-8"?>
        <ruleset name="tracelint" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>test</description>
          <rule ref="category/java/bestpractices.xml/UnusedPrivateField"/>
          <rule name="SeventhRule" class="dev.tracelint.pmd.SeventhRuleRule" message="A loop runs past its limit">
            <description>Loops.</description>
            <priority>2</priority>
          </rule>
        </ruleset>
        """);
    write(SampleExcerpt.SAMPLES + "/com/example/loops/SeventhRuleViolation.java", """
        package com.example.loops;

        public class SeventhRuleViolation {
          void quiet() {}

          static class Worker {
            /** Loops too long. */
            void spin() {
              while (true) { // tracelint-expect: UnboundedRetry, SeventhRule -- a loop
              }
            }
          }
        }
        """);
    write(SampleExcerpt.SAMPLES + "/com/example/loops/SeventhRuleFixed.java", """
        package com.example.loops;

        public class SeventhRuleFixed {
          void spin() {}

          static class Worker {
            void spin() {
              for (int i = 0; i < 3; i++) {}
            }
          }
        }
        """);
    String index = "<!-- generated:rule-index -->\n<!-- /generated -->\n";
    write(DocsGenerator.README, "# Project\n\n" + index + "\nProse.\n\n<!-- generated:options -->\n<!-- /generated -->\n");
    write(DocsGenerator.DOCS_INDEX, "# Docs\n\n" + index);
    write(DocsGenerator.RULE_PAGES + "/SeventhRule.md", "# SeventhRule\n\n## How to fix it\n\nStop.\n\n## Options\n");
  }

  @Test
  void aRuleInTheCodeIsReadWithItsSummarySeverityAndOptionsInBothSpellings() {
    List<RuleFacts> rules = new DocsGenerator(root).rules();
    assertEquals(1, rules.size(), "only @AutoService checks and <rule class=...> entries: " + rules);
    RuleFacts rule = rules.get(0);
    assertEquals("SeventhRule", rule.name());
    assertEquals("Keep every loop under its limit", rule.errorProne().orElseThrow().summary());
    assertEquals("WARNING", rule.errorProne().orElseThrow().severity());
    assertEquals(2, rule.pmd().orElseThrow().priority());
    assertEquals(List.of(
        new Option(Optional.of("Limit"), Optional.of(new PmdProperty("limit", "How many | at most, e.g. 3", "10"))),
        new Option(Optional.of("Shared"), Optional.of(new PmdProperty("shared", "true to share", "false")))),
        rule.options());
  }

  @Test
  void theIndexesTheOptionsTableAndTheRulePageShowIt() {
    Map<Path, String> pages = new DocsGenerator(root).pages();
    String readme = pages.get(Path.of(DocsGenerator.README));
    assertTrue(readme.contains("| [SeventhRule](docs/rules/SeventhRule.md) | Keep every loop under its limit. "
        + "| `WARNING` | priority 2 |"), readme);
    assertTrue(readme.contains("| SeventhRule | `-XepOpt:SeventhRule:Limit` | `limit` | `10` | "
        + "How many \\| at most, e.g. 3. |"), readme);
    assertTrue(readme.contains("| SeventhRule | `-XepOpt:SeventhRule:Shared` | `shared` | `false` | true to share. |"),
        readme);
    assertTrue(readme.startsWith("# Project\n\n") && readme.contains("\n\nProse.\n\n"), "prose kept: " + readme);
    assertTrue(pages.get(Path.of(DocsGenerator.DOCS_INDEX)).contains("| [SeventhRule](rules/SeventhRule.md) | "
        + "Keep every loop under its limit. | `Limit` / `limit`, `Shared` / `shared` |"));

    String page = pages.get(Path.of(DocsGenerator.RULE_PAGES, "SeventhRule.md"));
    assertTrue(page.startsWith("# SeventhRule\n\n## How to fix it\n\nStop.\n\n" + GeneratedRegions.start("example")),
        page);
    assertTrue(page.endsWith(GeneratedRegions.END + "\n\n## Options\n"), page);
    assertTrue(page.contains("[`SeventhRuleViolation.Worker.spin`](../../samples/agent-app/src/main/java/com/"
        + "example/loops/SeventhRuleViolation.java)"), page);
    assertTrue(page.contains("```java\n/** Loops too long. */\nvoid spin() {\n"
        + "  while (true) { // flagged: UnboundedRetry, SeventhRule\n  }\n}\n```"), page);
    assertTrue(page.contains("[`SeventhRuleFixed.Worker.spin`]"), "the twin in the same nested class: " + page);
  }

  @Test
  void aRuleWithoutItsPageOrSamplePairIsReported() throws IOException {
    Files.delete(root.resolve(SampleExcerpt.SAMPLES + "/com/example/loops/SeventhRuleFixed.java"));
    DocsException noSample = assertThrows(DocsException.class, () -> new DocsGenerator(root).pages());
    assertTrue(noSample.getMessage().contains("SeventhRuleFixed.java"), noSample.getMessage());

    Files.delete(root.resolve(DocsGenerator.RULE_PAGES + "/SeventhRule.md"));
    DocsException noPage = assertThrows(DocsException.class, () -> new DocsGenerator(root).pages());
    assertTrue(noPage.getMessage().contains("docs/rules/SeventhRule.md"), noPage.getMessage());
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
