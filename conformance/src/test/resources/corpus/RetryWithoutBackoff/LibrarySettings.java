package corpus.retrywithoutbackoff;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;
import io.reactivex.rxjava3.core.Flowable;
import java.time.Duration;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.retry.backoff.NoBackOffPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.util.backoff.FixedBackOff;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Retry-library settings that turn the wait off, next to ones that wait. */
class LibrarySettings {
  RetryConfig flagsResilience4jZeroWait() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Duration.ZERO) // tracelint-expect: RetryWithoutBackoff -- RetryConfig.Builder.waitDuration(...) retries immediately
        .build();
  }

  RetryConfig acceptsResilience4jDefaultWait() {
    return RetryConfig.custom().maxAttempts(3).build();
  }

  RetryPolicy<Object> flagsFailsafeZeroDelay() {
    return RetryPolicy.builder()
        .withMaxRetries(3)
        .withDelay(Duration.ofMillis(0)) // tracelint-expect: RetryWithoutBackoff -- RetryPolicyBuilder.withDelay(...)
        .build();
  }

  RetryPolicy<Object> flagsFailsafeMultiLineChainWithoutADelay() {
    return RetryPolicy.builder() // tracelint-expect: RetryWithoutBackoff -- RetryPolicy.builder() builds a retry that does not wait
        .handle(java.io.IOException.class)
        .withMaxRetries(3)
        .build();
  }

  RetryPolicy<Object> flagsFailsafeOfDefaults() {
    return RetryPolicy.ofDefaults(); // tracelint-expect: RetryWithoutBackoff -- RetryPolicy.ofDefaults() retries immediately
  }

  RetryPolicy<Object> acceptsFailsafeBackoff() {
    return RetryPolicy.builder().withMaxRetries(3).withBackoff(Duration.ofMillis(100), Duration.ofSeconds(5)).build();
  }

  @Retryable(maxAttempts = 4, backoff = @Backoff(0)) // tracelint-expect: RetryWithoutBackoff -- @Backoff(value = ...) retries immediately
  void flagsSpringBackoffOfZero() {}

  @Retryable(maxAttempts = 4, backoff = @Backoff(delay = 0))
  void acceptsSpringDelayOfZeroMeaningTheDefault() {}

  @Retryable(maxAttempts = 4, backoff = @Backoff(delay = 500, multiplier = 2))
  void acceptsSpringExponentialBackoff() {}

  Object flagsNoBackOffPolicy() {
    return new NoBackOffPolicy(); // tracelint-expect: RetryWithoutBackoff -- new NoBackOffPolicy(...)
  }

  RetryTemplate flagsRetryTemplateNoBackoff() {
    return RetryTemplate.builder()
        .maxAttempts(3)
        .noBackoff() // tracelint-expect: RetryWithoutBackoff -- RetryTemplateBuilder.noBackoff()
        .build();
  }

  FixedBackOff flagsFixedBackOffOfZeroInterval() {
    return new FixedBackOff(0L, 9L); // tracelint-expect: RetryWithoutBackoff -- new FixedBackOff(...) retries immediately
  }

  FixedBackOff acceptsFixedBackOffOfOneSecond() {
    return new FixedBackOff(1_000L, 9L);
  }

  // no retry at all: a zero interval between no attempts misses no wait
  FixedBackOff acceptsZeroIntervalWithNoRetries() {
    return new FixedBackOff(0L, 0L);
  }

  FixedBackOff flagsZeroIntervalWithASingleRetry() {
    return new FixedBackOff(0L, 1L); // tracelint-expect: RetryWithoutBackoff -- new FixedBackOff(...) retries immediately
  }

  Retryer<String> flagsGuavaNoWait() {
    return RetryerBuilder.<String>newBuilder()
        .withStopStrategy(StopStrategies.stopAfterAttempt(3))
        .withWaitStrategy(WaitStrategies.noWait()) // tracelint-expect: RetryWithoutBackoff -- WaitStrategies.noWait()
        .build();
  }

  Retryer<String> acceptsGuavaFixedWait() {
    return RetryerBuilder.<String>newBuilder()
        .withStopStrategy(StopStrategies.stopAfterAttempt(3))
        .withWaitStrategy(WaitStrategies.fixedWait(1, java.util.concurrent.TimeUnit.SECONDS))
        .build();
  }

  Retryer<String> flagsGuavaChainWithoutAWaitStrategy() {
    return RetryerBuilder.<String>newBuilder() // tracelint-expect: RetryWithoutBackoff -- RetryerBuilder.newBuilder() builds a retry that does not wait
        .withStopStrategy(StopStrategies.stopAfterAttempt(3))
        .build();
  }

  Mono<String> flagsReactorRetryWithACount(Mono<String> call) {
    return call
        .retry(3); // tracelint-expect: RetryWithoutBackoff -- Mono.retry(...) retries immediately
  }

  Flux<String> flagsReactorRetryMax(Flux<String> call) {
    return call.retryWhen(Retry.max(3)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...)
  }

  Mono<String> acceptsReactorBackoff(Mono<String> call) {
    return call.retryWhen(Retry.backoff(3, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5)));
  }

  Flowable<String> flagsRxFlowableRetryWithACount(Flowable<String> call) {
    return call.retry(2); // tracelint-expect: RetryWithoutBackoff
  }
}
