package dev.tracelint.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.docs.RuleFacts.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed documentation is what {@link DocsGenerator} writes from the code. {@code -Ddocs.update=true} rewrites
 * the generated regions instead of failing ({@value GeneratedRegions#COMMAND}).
 */
class GeneratedDocsTest {
  private static final Path root = projectRoot();
  /** Parsed once for the class: reading the sources is most of the test's time. */
  private static final DocsGenerator generator = new DocsGenerator(root);

  @Test
  void committedDocsAreWhatTheGeneratorWrites() throws IOException {
    List<String> drift = new ArrayList<>();
    for (Map.Entry<Path, String> page : generator.pages().entrySet()) {
      Path file = root.resolve(page.getKey());
      if (!Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
        drift.add(page.getKey().toString());
        if (Boolean.getBoolean("docs.update")) {
          Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
    if (!Boolean.getBoolean("docs.update")) {
      assertEquals(List.of(), drift, "generated parts of these pages differ from what the code says; regenerate "
          + "them with `" + GeneratedRegions.COMMAND + "` and commit the result");
    }
  }

  /** Every rule ships in both engines, with the same options (UpperCamel for Error Prone, lowerCamel for PMD). */
  @Test
  void everyRuleHasBothFacesAndTheSameOptionsInBoth() {
    assertTrue(generator.rules().size() >= 6, "rules found: " + generator.rules());
    List<String> oneSided = new ArrayList<>();
    for (RuleFacts rule : generator.rules()) {
      if (rule.errorProne().isEmpty() || rule.pmd().isEmpty()) {
        oneSided.add(rule.name());
      }
      for (Option option : rule.options()) {
        if (option.errorProneKey().isEmpty() || option.pmdProperty().isEmpty()) {
          oneSided.add(rule.name() + ":" + option.errorProneKey().orElse(option.pmdProperty().get().name()));
        }
      }
    }
    assertEquals(List.of(), oneSided, "rules or options that only one engine has");
  }

  /** The module directory's parent: Surefire runs the tests in {@code docs/}. */
  static Path projectRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertTrue(Files.isRegularFile(root.resolve(RuleSources.RULESET)), "not the project root: " + root);
    return root;
  }
}
