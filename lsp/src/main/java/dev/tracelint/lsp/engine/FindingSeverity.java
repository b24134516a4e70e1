package dev.tracelint.lsp.engine;

import net.sourceforge.pmd.lang.rule.RulePriority;

/**
 * How serious a finding is, one mapping for every front end of this module (editor diagnostics and SARIF).
 *
 * <p>tracelint's rules are Error Prone {@code WARNING}s and ship at PMD priorities 2 and 3, so both map to
 * {@link #WARNING}: an editor and a SARIF viewer show the same severity as the compiler does. PMD's own SARIF
 * renderer would call priority 2 an error; this module deliberately does not. Priority 1 (only a user's ruleset can
 * raise a rule to it) is an {@link #ERROR}, priorities 4 and 5 a {@link #NOTE}.
 */
public enum FindingSeverity {
  ERROR,
  WARNING,
  NOTE;

  /** The severity of a finding of a rule with this PMD priority. */
  public static FindingSeverity of(RulePriority priority) {
    switch (priority) {
      case HIGH:
        return ERROR;
      case MEDIUM_HIGH:
      case MEDIUM:
        return WARNING;
      default:
        return NOTE;
    }
  }
}
