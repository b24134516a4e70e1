package dev.tracelint.catalog;

/** The two ways a retry goes wrong, one per rule. */
public enum RetryProblem {
  /** Nothing limits the attempts: reported by UnboundedRetry. */
  UNBOUNDED("UnboundedRetry"),
  /** Attempts follow each other without a pause: reported by RetryWithoutBackoff. */
  NO_WAIT("RetryWithoutBackoff");

  private final String ruleName;

  RetryProblem(String ruleName) {
    this.ruleName = ruleName;
  }

  /** The rule that reports this problem, as in {@code @SuppressWarnings} and {@code -Xep:}. */
  public String ruleName() {
    return ruleName;
  }
}
