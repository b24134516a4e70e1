package corpus.retrywithoutbackoff;

import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retry settings a reusable component keeps as the default of a field its users may set
 * (docs/rules/RetryWithoutBackoff.md, "What is not flagged"): the component retries at once only until its user
 * passes a setter or constructor another policy, as with a fallback for an absent value, so the choice is the user's.
 * The same default in a field nothing outside the component can set (final, set only by the component itself, or in a
 * type its users cannot reach) is the component's own retry, and is reported.
 */
public class DefaultsOfSettableFields {
  /** A message-handler advice whose retry policy its users replace through a setter. */
  public static class HandlerRetryAdvice {
    private RetryPolicy retryPolicy = RetryPolicy.builder().delay(Duration.ZERO).build();

    public void setRetryDelay(Duration delay) {
      this.retryPolicy = RetryPolicy.builder().delay(delay).build();
    }

    public void setRetryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
    }

    public RetryPolicy retryPolicy() {
      return retryPolicy;
    }
  }

  /** A redelivery helper whose backoff its users give through a constructor. */
  public static class Redelivery {
    private BackOff backOff = new FixedBackOff(0, 3);

    public Redelivery() {}

    public Redelivery(BackOff backOff) {
      this.backOff = backOff;
    }

    public BackOff backOff() {
      return backOff;
    }
  }

  /** A settable default read by the component's own method: still the user's to change. */
  public static class ExportRetrier {
    private BackOff exportBackOff = new FixedBackOff(0L, 5L);

    public void setExportBackOff(BackOff exportBackOff) {
      this.exportBackOff = exportBackOff;
    }

    public long firstWait() {
      return exportBackOff.start().nextBackOff();
    }
  }

  /** Final: the component always retries at once. */
  public static class FixedPolicyAdvice {
    private final RetryPolicy retryPolicy = RetryPolicy.builder().delay(Duration.ZERO).build(); // tracelint-expect: RetryWithoutBackoff

    public RetryPolicy retryPolicy() {
      return retryPolicy;
    }
  }

  /** Set only by the component itself: its users cannot choose another. */
  public static class SelfConfiguredRedelivery {
    private BackOff backOff = new FixedBackOff(0, 3); // tracelint-expect: RetryWithoutBackoff

    void useDefaults(BackOff fallback) {
      this.backOff = fallback;
    }

    public void useSlowRedelivery() {
      this.backOff = new FixedBackOff(5_000, 3);
    }

    public BackOff backOff() {
      return backOff;
    }
  }

  /** A setter in a type its users cannot reach. */
  static class InternalAdvice {
    private RetryPolicy retryPolicy = RetryPolicy.builder().delay(Duration.ZERO).build(); // tracelint-expect: RetryWithoutBackoff

    public void setRetryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
    }
  }
}
