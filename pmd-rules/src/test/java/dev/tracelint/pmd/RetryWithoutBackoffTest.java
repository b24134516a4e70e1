package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/**
 * Runs what only the PMD face of RetryWithoutBackoff decides ({@code xml/RetryWithoutBackoff.xml}: the
 * {@code backoffMethods} property, report position, suppression), and checks that a malformed property fails loudly.
 * What the rule flags and what it leaves alone, with and without an auxclasspath, is pinned once in
 * {@code conformance/src/test/resources/corpus/}.
 */
class RetryWithoutBackoffTest extends SimpleAggregatorTst {
  private static final String RETRY = "class Retry {\n"
      + "  void send() {\n"
      + "    for (int i = 0; i < 3; i++) {\n"
      + "      try { post(); return; } catch (RuntimeException e) { }\n"
      + "    }\n"
      + "  }\n"
      + "  void post() {}\n"
      + "}\n";

  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "RetryWithoutBackoff");
  }

  @Test
  void malformedBackoffMethodsEntryMakesTheRuleDysfunctionalNamingTheEntry() {
    Rule rule = configured("com.example.agent.Pacer#hold, hold");

    String reason = rule.dysfunctionReason();

    assertTrue(reason != null && reason.contains("'hold'") && reason.contains("backoffMethods"), reason);
  }

  @Test
  void pmdDropsTheMisconfiguredRuleWithAConfigurationErrorInsteadOfCrashing() {
    Report report = analyse(configured("Pacer.hold"), RETRY);

    assertTrue(report.getViolations().isEmpty());
    List<Report.ConfigurationError> errors = report.getConfigurationErrors();
    assertEquals(1, errors.size());
    assertEquals("RetryWithoutBackoff", errors.get(0).rule().getName());
    assertTrue(errors.get(0).issue().contains("'Pacer.hold'"), errors.get(0).issue());
  }

  private static Rule configured(String backoffMethods) {
    Rule rule = findRule("rulesets/tracelint.xml", "RetryWithoutBackoff");
    rule.setProperty(RetryWithoutBackoffRule.BACKOFF_METHODS, backoffMethods);
    return rule;
  }

  private static Report analyse(Rule rule, String source) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      pmd.addRuleSet(RuleSet.forSingleRule(rule));
      pmd.files().addSourceFile(FileId.fromPathLikeString("Retry.java"), source);
      return pmd.performAnalysisAndCollectReport();
    }
  }
}
