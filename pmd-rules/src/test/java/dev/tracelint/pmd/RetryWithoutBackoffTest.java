package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.JvmLanguagePropertyBundle;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/** Runs the RetryWithoutBackoff cases in {@code xml/RetryWithoutBackoff.xml}, and checks its option handling. */
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
  void wellFormedBackoffMethodsKeepTheRuleFunctional() {
    assertNull(configured("com.example.agent.Pacer#hold,com.example.agent.Throttle#await").dysfunctionReason());
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

  @Test
  void theSameRuleReportsOnceItsOptionIsWellFormed() {
    Report report = analyse(configured("com.example.agent.Pacer#hold"), RETRY);

    assertTrue(report.getConfigurationErrors().isEmpty());
    assertEquals(1, report.getViolations().size());
    assertEquals(3, report.getViolations().get(0).getBeginLine());
  }

  @Test
  void withoutAnAuxclasspathAStaticCallOnAnotherNamedTypeIsNotTakenForAnImportedLibrary() {
    String source = String.join("\n",
        "import dev.failsafe.RetryPolicy;",
        "import org.springframework.retry.support.RetryTemplate;",
        "class Templates {",
        "  Object template() { return RetryTemplate.builder().maxAttempts(3).build(); }",
        "  Object policy() { return RetryPolicy.builder().withMaxRetries(3).build(); }",
        "}");
    Rule rule = findRule("rulesets/tracelint.xml", "RetryWithoutBackoff");

    Report report = analyse(rule, source, ClassLoader.getPlatformClassLoader());

    assertEquals(List.of(5), report.getViolations().stream().map(v -> v.getBeginLine()).toList());
  }

  private static Rule configured(String backoffMethods) {
    Rule rule = findRule("rulesets/tracelint.xml", "RetryWithoutBackoff");
    rule.setProperty(RetryWithoutBackoffRule.BACKOFF_METHODS, backoffMethods);
    return rule;
  }

  private static Report analyse(Rule rule, String source) {
    return analyse(rule, source, null);
  }

  /** With {@code typesFrom} null, PMD's default loader (the test classpath, every library resolves). */
  private static Report analyse(Rule rule, String source, ClassLoader typesFrom) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      if (typesFrom != null) {
        ((JvmLanguagePropertyBundle) pmd.getLanguageProperties(JavaLanguageModule.getInstance()))
            .setClassLoader(typesFrom);
      }
      pmd.addRuleSet(RuleSet.forSingleRule(rule));
      pmd.files().addSourceFile(FileId.fromPathLikeString("Retry.java"), source);
      return pmd.performAnalysisAndCollectReport();
    }
  }
}
