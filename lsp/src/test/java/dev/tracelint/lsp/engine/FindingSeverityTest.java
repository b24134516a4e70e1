package dev.tracelint.lsp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracelint.lsp.ShippedRules;
import java.nio.file.Path;
import net.sourceforge.pmd.lang.rule.RulePriority;
import org.junit.jupiter.api.Test;

class FindingSeverityTest {
  @Test
  void everyShippedRuleIsAWarningAsInErrorProne() {
    ConfiguredRules rules = ConfiguredRules.load(RuleConfiguration.defaults(), Path.of("."));
    assertEquals(ShippedRules.names(), rules.descriptions().stream().map(RuleDescription::name).sorted().toList());
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
