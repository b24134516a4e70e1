package corpus.retrywithoutbackoff;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;

import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;

/**
 * Zero durations written through static imports: {@code ZERO} is {@code Duration.ZERO} and {@code ofMillis(0)} is
 * {@code Duration.ofMillis(0)} (docs/rules/RetryWithoutBackoff.md, "a zero duration"), however they are spelled. The
 * two engines' copies of the procedure once split here: PMD only recognised the qualified spelling.
 */
class StaticallyImportedDurations {
  static final class Pauses {
    static final Duration ZERO = Duration.ofMillis(250);
  }

  RetryConfig flagsImportedZero() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(ZERO) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  RetryConfig acceptsImportedNonZero() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(ofSeconds(1))
        .build();
  }

  RetryConfig acceptsAnotherConstantNamedZero() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Pauses.ZERO)
        .build();
  }

  RetryPolicy<Object> flagsImportedZeroMillis() {
    return RetryPolicy.builder()
        .withMaxRetries(3)
        .withDelay(ofMillis(0)) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  RetryPolicy<Object> acceptsImportedNonZeroMillis() {
    return RetryPolicy.builder()
        .withMaxRetries(3)
        .withDelay(ofMillis(200))
        .build();
  }

  RetryPolicy<Object> acceptsImportedMillisNotConstant(long pauseMillis) {
    return RetryPolicy.builder()
        .withMaxRetries(3)
        .withDelay(ofMillis(pauseMillis))
        .build();
  }
}
