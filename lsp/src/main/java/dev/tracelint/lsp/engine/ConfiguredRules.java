package dev.tracelint.lsp.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.properties.PropertyDescriptor;

/**
 * The rules to run, loaded once per configuration change: the ruleset with the options applied, and every problem
 * met on the way (a ruleset that does not load, an unknown rule or option, a malformed value). A problem never stops
 * the analysis: a ruleset that does not load is replaced by tracelint's own, and PMD leaves out a rule whose option
 * is malformed, as the engines do.
 *
 * @param ruleSet the rules, ready for {@link PmdRunner}
 * @param problems messages for the user, each naming the setting at fault
 */
public record ConfiguredRules(RuleSet ruleSet, List<String> problems) {

  public ConfiguredRules {
    problems = List.copyOf(problems);
  }

  /** Loads {@code configuration}; a relative ruleset path is resolved against {@code baseDirectory}. */
  public static ConfiguredRules load(RuleConfiguration configuration, Path baseDirectory) {
    List<String> problems = new ArrayList<>(configuration.problems());
    RuleSet ruleSet = loadRuleset(configuration, baseDirectory, problems);
    configuration.options().forEach((ruleName, options) -> {
      Rule rule = ruleSet.getRuleByName(ruleName);
      if (rule == null) {
        problems.add("tracelint: no rule named '" + ruleName + "' in the ruleset; rules: " + ruleSet.getRules().stream()
            .map(Rule::getName).sorted().collect(Collectors.joining(", ")));
        return;
      }
      options.forEach((option, value) -> setOption(rule, option, value, problems));
    });
    for (Rule rule : ruleSet.getRules()) {
      String reason = rule.dysfunctionReason();
      if (reason != null) {
        problems.add("tracelint: rule " + rule.getName() + " is off: " + reason);
      }
    }
    return new ConfiguredRules(ruleSet, problems);
  }

  /** The rules that will run, in the ruleset's order. */
  public List<RuleDescription> descriptions() {
    return ruleSet.getRules().stream()
        .map(rule -> new RuleDescription(rule.getName(), rule.getMessage(),
            rule.getExternalInfoUrl() == null ? "" : rule.getExternalInfoUrl(), FindingSeverity.of(rule.getPriority())))
        .toList();
  }

  private static RuleSet loadRuleset(RuleConfiguration configuration, Path baseDirectory, List<String> problems) {
    RuleSetLoader loader = new RuleSetLoader().loadResourcesWith(ConfiguredRules.class.getClassLoader());
    if (configuration.ruleset().isPresent()) {
      String ruleset = configuration.ruleset().get();
      Path file = baseDirectory.resolve(ruleset);
      try {
        return loader.loadFromResource(Files.isRegularFile(file) ? file.toString() : ruleset);
      } catch (RuntimeException e) {
        problems.add("tracelint: cannot load ruleset '" + ruleset + "' (" + e.getMessage()
            + "); using " + RuleConfiguration.TRACELINT_RULESET);
      }
    }
    return loader.loadFromResource(RuleConfiguration.TRACELINT_RULESET);
  }

  private static void setOption(Rule rule, String option, String value, List<String> problems) {
    PropertyDescriptor<?> descriptor = rule.getPropertyDescriptor(option);
    if (descriptor == null) {
      problems.add("tracelint: rule " + rule.getName() + " has no option '" + option + "'; options: "
          + rule.getPropertyDescriptors().stream()
              .map(PropertyDescriptor::name).sorted().collect(Collectors.joining(", ")));
      return;
    }
    try {
      setFromString(rule, descriptor, value);
    } catch (RuntimeException e) {
      problems.add("tracelint: " + rule.getName() + "." + option + " = '" + value + "': " + e.getMessage());
    }
  }

  private static <T> void setFromString(Rule rule, PropertyDescriptor<T> descriptor, String value) {
    rule.setProperty(descriptor, descriptor.serializer().fromString(value));
  }
}
