package dev.tracelint.lsp.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which ruleset to run and which rule options to set on it, in the engines' syntax: option names are PMD's
 * lowerCamel property names ({@code startMethods}) and values the same comma-separated entries as PMD properties and
 * Error Prone flags. Also carries the problems met while reading it, so that they reach the user.
 *
 * @param ruleset a ruleset file (absolute, or relative to the workspace) or classpath resource; empty for tracelint's
 *     own {@value #TRACELINT_RULESET}
 * @param options option values by rule name, then by option name
 * @param problems what could not be read, each naming the bad setting
 */
public record RuleConfiguration(
    Optional<String> ruleset, Map<String, Map<String, String>> options, List<String> problems) {

  /** The ruleset that the PMD rules ship, and the default. */
  public static final String TRACELINT_RULESET = "rulesets/tracelint.xml";

  public RuleConfiguration {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    options.forEach((rule, values) -> copy.put(rule, Map.copyOf(values)));
    options = Map.copyOf(copy);
    problems = List.copyOf(problems);
  }

  /** tracelint's ruleset with its defaults. */
  public static RuleConfiguration defaults() {
    return new RuleConfiguration(Optional.empty(), Map.of(), List.of());
  }

  /** This configuration with {@code later}'s ruleset (when it names one) and options taking precedence. */
  public RuleConfiguration overriddenBy(RuleConfiguration later) {
    Map<String, Map<String, String>> merged = new LinkedHashMap<>();
    options.forEach((rule, values) -> merged.put(rule, new LinkedHashMap<>(values)));
    later.options.forEach((rule, values) -> merged.computeIfAbsent(rule, r -> new LinkedHashMap<>()).putAll(values));
    List<String> allProblems = new ArrayList<>(problems);
    allProblems.addAll(later.problems);
    return new RuleConfiguration(later.ruleset.isPresent() ? later.ruleset : ruleset, merged, allProblems);
  }
}
