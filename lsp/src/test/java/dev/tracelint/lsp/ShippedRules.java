package dev.tracelint.lsp;

import dev.tracelint.lsp.engine.RuleConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules tracelint's ruleset declares, read from the ruleset itself: a new rule needs no test edit here. */
public final class ShippedRules {
  private ShippedRules() {}

  /** The rule names, sorted. */
  public static List<String> names() {
    try (InputStream ruleset = ShippedRules.class.getClassLoader()
        .getResourceAsStream(RuleConfiguration.TRACELINT_RULESET)) {
      Matcher rule = Pattern.compile("<rule\\s+name=\"(\\w+)\"")
          .matcher(new String(ruleset.readAllBytes(), StandardCharsets.UTF_8));
      List<String> names = new ArrayList<>();
      while (rule.find()) {
        names.add(rule.group(1));
      }
      names.sort(null);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
