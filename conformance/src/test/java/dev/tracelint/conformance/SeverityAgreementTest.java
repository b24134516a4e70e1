package dev.tracelint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.bugpatterns.BugChecker;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import org.junit.jupiter.api.Test;

/**
 * A rule is as severe in PMD (and so in SARIF) as in Error Prone. PMD's SARIF renderer writes priority 1 and 2 as
 * level "error", 3 as "warning", 4 and 5 as "note"; Error Prone's ERROR, WARNING and SUGGESTION match them in that order.
 * The samples' AgentAppIT checks the levels in a real SARIF report.
 */
class SeverityAgreementTest {

  @Test
  void pmdPrioritiesGiveTheSarifLevelOfErrorProneSeverities() {
    Map<String, String> errorProne = new TreeMap<>();
    ServiceLoader.load(BugChecker.class, getClass().getClassLoader()).stream()
        .filter(provider -> provider.type().getName().startsWith("dev.tracelint."))
        .forEach(provider -> errorProne.put(provider.get().canonicalName(),
            sarifLevel(provider.type().getAnnotation(BugPattern.class).severity())));
    Map<String, String> pmd = new TreeMap<>();
    for (Rule rule : new RuleSetLoader().loadResourcesWith(getClass().getClassLoader())
        .loadFromResource(EngineFaces.RULESET).getRules()) {
      pmd.put(rule.getName(), sarifLevel(rule.getPriority()));
    }
    assertFalse(errorProne.isEmpty());
    assertEquals(errorProne, pmd, "SARIF level by rule: Error Prone's severity (expected) against PMD's priority");
  }

  private static String sarifLevel(SeverityLevel severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case SUGGESTION -> "note";
    };
  }

  private static String sarifLevel(RulePriority priority) {
    return switch (priority) {
      case HIGH, MEDIUM_HIGH -> "error";
      case MEDIUM -> "warning";
      case MEDIUM_LOW, LOW -> "note";
    };
  }
}
