package dev.tracelint.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule options every conformance run passes, in one place: those the sample agent app configures in its POM for
 * its in-house SDK ({@code samples/agent-app/pom.xml}), spelled once and rendered for each engine. Options only extend
 * the defaults, so passing them to corpus files that do not use the in-house SDK changes nothing there.
 */
final class UserOptions {
  private UserOptions() {}

  /** Rule name to option key (Error Prone spelling, UpperCamel) to value. */
  static final Map<String, Map<String, String>> OPTIONS = Map.of(
      "UnclosedTrace", Map.of("StartMethods", "com.example.agent.sdk.AgentTracer#startTrace:end"));

  /** {@code -XepOpt:Rule:Key=value} flags, for the single {@code -Xplugin:ErrorProne ...} argument. */
  static List<String> errorProneFlags() {
    List<String> flags = new ArrayList<>();
    OPTIONS.forEach((rule, options) ->
        options.forEach((key, value) -> flags.add("-XepOpt:" + rule + ":" + key + "=" + value)));
    return flags;
  }

  /** PMD rule properties (same key in lowerCamel) for the rules of {@code presentRules} that take options. */
  static Map<String, Map<String, String>> pmdProperties(Set<String> presentRules) {
    Map<String, Map<String, String>> properties = new TreeMap<>();
    OPTIONS.forEach((rule, options) -> {
      if (presentRules.contains(rule)) {
        Map<String, String> byProperty = new TreeMap<>();
        options.forEach((key, value) -> byProperty.put(pmdPropertyName(key), value));
        properties.put(rule, byProperty);
      }
    });
    return properties;
  }

  static String pmdPropertyName(String errorProneKey) {
    return Character.toLowerCase(errorProneKey.charAt(0)) + errorProneKey.substring(1);
  }
}
