package dev.tracelint.lsp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import net.sourceforge.pmd.lang.rule.RulePriority;
import org.junit.jupiter.api.Test;

class FindingSeverityTest {
  @Test
  void everyShippedRuleIsAWarningAsInErrorProne() {
    ConfiguredRules rules = ConfiguredRules.load(RuleConfiguration.defaults(), Path.of("."));
    assertEquals(5, rules.descriptions().size());
    rules.descriptions().forEach(rule -> assertEquals(FindingSeverity.WARNING, rule.severity(), rule.name()));
  }

  @Test
  void mapsTheHighestPriorityToAnErrorAndTheLowestToANote() {
    assertEquals(FindingSeverity.ERROR, FindingSeverity.of(RulePriority.HIGH));
    assertEquals(FindingSeverity.WARNING, FindingSeverity.of(RulePriority.MEDIUM_HIGH));
    assertEquals(FindingSeverity.WARNING, FindingSeverity.of(RulePriority.MEDIUM));
    assertEquals(FindingSeverity.NOTE, FindingSeverity.of(RulePriority.MEDIUM_LOW));
    assertEquals(FindingSeverity.NOTE, FindingSeverity.of(RulePriority.LOW));
  }
}
