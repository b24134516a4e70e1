package corpus.retrywithoutbackoff;

import com.github.rholder.retry.WaitStrategies;
import com.github.rholder.retry.WaitStrategy;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Wait settings of the retry libraries (docs/rules/RetryWithoutBackoff.md, "Library settings"): only a constant zero
 * turns the wait off; a real delay, a back-off, or a value held in a field or a parameter keeps it.
 */
class WaitSettings {
  Duration configured;

  RetryConfig flagsZeroIntervalFunction() {
    return RetryConfig.custom()
        .intervalFunction(IntervalFunction.of(0L)) // tracelint-expect: RetryWithoutBackoff -- IntervalFunction.of(...) retries immediately
        .build();
  }

  RetryConfig acceptsIntervalFunctionWithADelay() {
    return RetryConfig.custom().intervalFunction(IntervalFunction.of(Duration.ofMillis(300))).build();
  }

  RetryConfig acceptsWaitDurationThenAConfiguredOne() {
    return RetryConfig.custom().waitDuration(Duration.ofMillis(500)).waitDuration(configured).build();
  }

  RetryConfig acceptsWaitDurationFromAParameter(Duration wait) {
    return RetryConfig.custom().waitDuration(wait).build();
  }

  FixedBackOff flagsZeroIntervalWithTheDefaultAttempts() {
    return new FixedBackOff(0); // tracelint-expect: RetryWithoutBackoff
  }

  RetryPolicy<Object> acceptsBackoffAndDelay() {
    return RetryPolicy.builder().withBackoff(100, 2000, ChronoUnit.MILLIS).withDelay(Duration.ofSeconds(1)).build();
  }

  WaitStrategy acceptsExponentialWait() {
    return WaitStrategies.exponentialWait();
  }
}
