package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The shipped ruleset loads cleanly and documents every rule the way CONTRIBUTING.md asks, so a user never meets a
 * warning or an undocumented rule. Rule-agnostic: every rule added to {@code rulesets/tracelint.xml} is checked.
 */
class RulesetTest {
  private static final String RULESET = "rulesets/tracelint.xml";
  private static final String DOCS = "https://github.com/tracelint/tracelint/blob/main/docs/rules/";

  @Test
  void loadsWithoutWarningsOrErrors() {
    CollectingReporter reporter = new CollectingReporter();
    RuleSet ruleSet = loader(reporter).loadFromResource(RULESET);

    assertFalse(ruleSet.getRules().isEmpty(), "the ruleset declares no rule");
    assertEquals(List.of(), reporter.problems());
  }

  @TestFactory
  Stream<DynamicTest> everyRuleIsDocumented() {
    RuleSet ruleSet = loader(new CollectingReporter()).loadFromResource(RULESET);
    return ruleSet.getRules().stream().map(rule -> DynamicTest.dynamicTest(rule.getName(), () -> assertDocumented(rule)));
  }

  private static void assertDocumented(Rule rule) {
    assertAll(rule.getName(),
        nonBlank("description", rule.getDescription()),
        nonBlank("message", rule.getMessage()),
        () -> assertEquals(DOCS + rule.getName() + ".md", rule.getExternalInfoUrl(), "externalInfoUrl"),
        () -> assertFalse(rule.getExamples().isEmpty(), "at least one <example>"),
        () -> assertTrue(rule.getExamples().stream().noneMatch(String::isBlank), "blank <example>"),
        () -> assertTrue(rule.getName().matches("[A-Z][A-Za-z]+"), "rule name is UpperCamel"),
        () -> assertTrue(rule.getPropertyDescriptors().stream()
            .allMatch(property -> !property.description().isBlank()), "every property has a description"),
        () -> assertNull(rule.dysfunctionReason(), "the default configuration is valid"));
  }

  private static Executable nonBlank(String what, String value) {
    return () -> assertTrue(value != null && !value.isBlank(), what + " is missing");
  }

  private static RuleSetLoader loader(CollectingReporter reporter) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setReporter(reporter);
    return RuleSetLoader.fromPmdConfig(configuration).warnDeprecated(true);
  }
}
