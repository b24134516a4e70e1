package corpus.retrywithoutbackoff;

import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;

/**
 * Spring's retry annotations (docs/rules/RetryWithoutBackoff.md, "Library settings"): {@code @Backoff(value = 0)}
 * retries at once unless {@code delay} is set to something else or given by a placeholder, and Spring Framework 7's
 * {@code @Retryable(delay = 0)} does unless a jitter spreads the attempts. Reported at the annotation that says it.
 */
class SpringBackoffAnnotations {
  @Retryable(maxAttempts = 4, backoff =
      @Backoff(value = 0, delay = 0)) // tracelint-expect: RetryWithoutBackoff -- @Backoff(value = ...)
  void flagsZeroValueAndZeroDelay() {}

  @Retryable(maxAttempts = 4, backoff = @Backoff(value = 0, delay = 500))
  void acceptsZeroValueWithADelay() {}

  @Retryable(backoff = @Backoff(delayExpression = "${retry.delay}"))
  void acceptsDelayFromAPlaceholder() {}

  @org.springframework.resilience.annotation.Retryable(delay = 0) // tracelint-expect: RetryWithoutBackoff -- @Retryable(delay = ...)
  void flagsSpring7RetryableWithoutDelay() {}

  @org.springframework.resilience.annotation.Retryable(delay = 0, jitter = 100)
  void acceptsSpring7RetryableWithAJitter() {}
}
