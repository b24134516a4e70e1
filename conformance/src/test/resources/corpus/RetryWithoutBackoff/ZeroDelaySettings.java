package corpus.retrywithoutbackoff;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ConcurrentModificationException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.FixedBackOff;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Zero delays written into retry settings of an ingestion gateway: a delay of zero is a retry without backoff,
 * whatever the setting is called; a zero used for something else, or a wait set elsewhere in the chain, is not.
 */
class ZeroDelaySettings {
  static final Duration NO_PAUSE = Duration.ZERO;
  static final Duration SHORT_PAUSE = Duration.ofMillis(250);

  Mono<String> flagsReactorFixedDelayOfZero(Mono<String> upload) {
    return upload.retryWhen(Retry.fixedDelay(3, Duration.ZERO)); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> flagsReactorBackoffFromZero(Mono<String> upload) {
    return upload.retryWhen(Retry.backoff(3, Duration.ofMillis(0)).jitter(0.5)); // tracelint-expect: RetryWithoutBackoff
  }

  RetryConfig flagsResilienceWaitOfZeroMillis() {
    return RetryConfig.custom().maxAttempts(4).waitDuration(Duration.ofMillis(0)).build(); // tracelint-expect: RetryWithoutBackoff
  }

  RetryConfig flagsResilienceIntervalOfZeroMillis() {
    return RetryConfig.custom().intervalFunction(IntervalFunction.of(Duration.ofMillis(0))).build(); // tracelint-expect: RetryWithoutBackoff
  }

  RetryPolicy flagsSpringPolicyWithZeroDelay() {
    return RetryPolicy.builder().maxRetries(4).delay(Duration.ZERO).build(); // tracelint-expect: RetryWithoutBackoff
  }

  RetryPolicy flagsSpringPolicyWithZeroDelayAndAMultiplier() {
    return RetryPolicy.builder().delay(Duration.ZERO).multiplier(2.0).build(); // tracelint-expect: RetryWithoutBackoff
  }

  FixedBackOff flagsFixedBackOffOfZero() {
    return new FixedBackOff(0L, 5L); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> flagsAConstantThatIsZero(Mono<String> upload) {
    return upload.retryWhen(Retry.fixedDelay(3, NO_PAUSE)); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> acceptsReactorFixedDelay(Mono<String> upload) {
    return upload.retryWhen(Retry.fixedDelay(3, Duration.ofMillis(500)));
  }

  Mono<String> acceptsReactorBackoffRaisedAfterwards(Mono<String> upload) {
    return upload.retryWhen(Retry.backoff(3, Duration.ZERO).minBackoff(Duration.ofMillis(200)));
  }

  Mono<String> acceptsZeroDelayFilteredToLostRaces(Mono<String> upload) {
    return upload.retryWhen(Retry.fixedDelay(2, Duration.ZERO).filter(ConcurrentModificationException.class::isInstance));
  }

  Mono<String> acceptsAZeroTimeoutBeside(Mono<String> upload) {
    return upload.timeout(Duration.ZERO.plusSeconds(5)).retryWhen(Retry.backoff(3, Duration.ofMillis(100)));
  }

  Mono<String> acceptsAConstantThatIsNotZero(Mono<String> upload) {
    return upload.retryWhen(Retry.fixedDelay(3, SHORT_PAUSE));
  }

  RetryConfig acceptsZeroWaitReplacedByAnExponentialInterval() {
    return RetryConfig.custom().waitDuration(Duration.ZERO)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2.0)).build();
  }

  RetryPolicy acceptsSpringPolicyWithZeroDelayAndJitter() {
    return RetryPolicy.builder().delay(Duration.ZERO).jitter(Duration.ofMillis(300)).build();
  }

  RetryPolicy acceptsSpringPolicyWithZeroTimeoutMeaningNone() {
    return RetryPolicy.builder().delay(Duration.ofMillis(500)).timeout(Duration.ZERO).build();
  }

  FixedBackOff acceptsFixedBackOffWithAnInterval() {
    return new FixedBackOff(1_000L, 5L);
  }

  RetryConfig acceptsResilienceWaitFromAParameter(Duration pause) {
    return RetryConfig.custom().waitDuration(pause).build();
  }

  Duration acceptsZeroDurationForAnElapsedClock() {
    Duration elapsed = Duration.ZERO;
    return elapsed.plus(SHORT_PAUSE);
  }
}
