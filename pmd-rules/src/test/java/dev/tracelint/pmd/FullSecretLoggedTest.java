package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/** Runs {@code xml/FullSecretLogged.xml}, and checks that a malformed option disables the rule with a clear reason. */
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
}
