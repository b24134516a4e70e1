package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/**
 * What only PMD does with FullSecretLogged: runs {@code xml/FullSecretLogged.xml} (properties, {@code // NOPMD} and
 * {@code @SuppressWarnings("PMD.FullSecretLogged")}, report position), reports a malformed property as the reason the
 * rule is dysfunctional, and survives odd code. What the rule flags is pinned once, for both engines, in
 * {@code conformance/src/test/resources/corpus/FullSecretLogged/}.
 */
class FullSecretLoggedTest extends SimpleAggregatorTst {

  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "FullSecretLogged");
  }

  @Test
  void isFunctionalWithDefaultsAndValidOptions() {
    FullSecretLoggedRule rule = new FullSecretLoggedRule();
    assertNull(rule.dysfunctionReason());
    rule.setProperty(FullSecretLoggedRule.SECRET_NAMES, "(?i)licen[cs]e");
    rule.setProperty(FullSecretLoggedRule.MASKING_METHODS, "com.example.Redactor#scrub");
    assertNull(rule.dysfunctionReason());
  }

  @Test
  void isDysfunctionalNamingAMalformedMaskingMethod() {
    FullSecretLoggedRule rule = new FullSecretLoggedRule();
    rule.setProperty(FullSecretLoggedRule.MASKING_METHODS, "com.example.Redactor#scrub, com.example.Redactor");
    String reason = rule.dysfunctionReason();
    assertTrue(reason != null && reason.contains("maskingMethods") && reason.contains("'com.example.Redactor'"),
        String.valueOf(reason));
  }

  @Test
  void isDysfunctionalNamingAnInvalidSecretNamesRegex() {
    FullSecretLoggedRule rule = new FullSecretLoggedRule();
    rule.setProperty(FullSecretLoggedRule.SECRET_NAMES, "(unclosed");
    String reason = rule.dysfunctionReason();
    assertTrue(reason != null && reason.contains("secretNames") && reason.contains("'(unclosed'"),
        String.valueOf(reason));
  }

  @Test
  void staysSilentAndAliveOnDeeplyNestedExpressions() {
    StringBuilder concatenation = new StringBuilder("apiKey");
    StringBuilder chain = new StringBuilder("new StringBuilder()");
    for (int i = 0; i < 300; i++) {
      concatenation.append(" + other");
      chain.append(".append(\"x\")");
    }
    String code = "import org.slf4j.Logger;\n"
        + "class Deep {\n"
        + "  Logger log;\n"
        + "  void run(String apiKey, String other) {\n"
        + "    log.info(\"a\" + " + new StringBuilder("\"x\"").append(" + \"x\"".repeat(300)) + ");\n"
        + "    log.info(" + chain + ".toString());\n"
        + "    String deep = " + concatenation + ";\n"
        + "    log.info(deep);\n"
        + "  }\n"
        + "}\n";
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setDefaultLanguageVersion(LanguageRegistry.PMD.getLanguageVersionById("java", "17"));
    RuleSet ruleSet = RuleSet.forSingleRule(new RuleSetLoader().loadFromResource("rulesets/tracelint.xml")
        .getRuleByName("FullSecretLogged"));
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      pmd.addRuleSet(ruleSet);
      pmd.files().addSourceFile(FileId.fromPathLikeString("Deep.java"), code);
      Report report = pmd.performAnalysisAndCollectReport();
      assertEquals(0, report.getProcessingErrors().size(), String.valueOf(report.getProcessingErrors()));
      // The secret sits 300 levels deep, past the depth guard: given up on, not crashed on.
      assertEquals(0, report.getViolations().size(), String.valueOf(report.getViolations()));
    }
  }
}
