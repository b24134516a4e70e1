package corpus.unboundedretry;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;
import io.reactivex.rxjava3.core.Single;
import java.time.Duration;
import org.springframework.retry.annotation.Retryable;
import org.springframework.retry.policy.AlwaysRetryPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.util.backoff.FixedBackOff;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Retry-library settings that mean "no limit", next to bounded ones. */
class LibrarySettings {
  int configuredAttempts;

  RetryConfig flagsResilience4jMaxAttemptsOfMaxValue() {
    return RetryConfig.custom()
        .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry -- RetryConfig.Builder.maxAttempts(...) retries without limit while the call keeps failing: set a bounded number of attempts
        .build();
  }

  RetryConfig acceptsResilience4jBoundedAttempts() {
    return RetryConfig.custom().maxAttempts(5).build();
  }

  RetryConfig acceptsResilience4jConfiguredAttempts() {
    return RetryConfig.custom().maxAttempts(configuredAttempts).build();
  }

  RetryPolicy<Object> flagsFailsafeMaxRetriesOfMinusOne() {
    return RetryPolicy.builder()
        .withMaxRetries(-1) // tracelint-expect: UnboundedRetry -- RetryPolicyBuilder.withMaxRetries(...)
        .withDelay(Duration.ofSeconds(1))
        .build();
  }

  RetryPolicy<Object> acceptsFailsafeWithinAMaxDuration() {
    return RetryPolicy.builder()
        .withMaxRetries(-1)
        .withDelay(Duration.ofSeconds(1))
        .withMaxDuration(Duration.ofMinutes(1))
        .build();
  }

  @Retryable(maxAttempts = Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry -- @Retryable(maxAttempts = ...)
  void flagsSpringRetryableOfMaxValue() {}

  @Retryable(maxAttempts = 4)
  void acceptsSpringRetryableBounded() {}

  Object flagsAlwaysRetryPolicy() {
    return new AlwaysRetryPolicy(); // tracelint-expect: UnboundedRetry -- new AlwaysRetryPolicy(...)
  }

  Object acceptsSimpleRetryPolicyBounded() {
    return new SimpleRetryPolicy(3);
  }

  RetryTemplate flagsInfiniteRetryTemplate() {
    return RetryTemplate.builder()
        .infiniteRetry() // tracelint-expect: UnboundedRetry -- RetryTemplateBuilder.infiniteRetry()
        .exponentialBackoff(100, 2, 10_000)
        .build();
  }

  FixedBackOff flagsUnlimitedFixedBackOff() {
    return new FixedBackOff(5_000L, FixedBackOff.UNLIMITED_ATTEMPTS); // tracelint-expect: UnboundedRetry -- new FixedBackOff(...)
  }

  FixedBackOff acceptsBoundedFixedBackOff() {
    return new FixedBackOff(5_000L, 3L);
  }

  Retryer<String> flagsGuavaNeverStop() {
    return RetryerBuilder.<String>newBuilder()
        .withStopStrategy(StopStrategies.neverStop()) // tracelint-expect: UnboundedRetry -- StopStrategies.neverStop()
        .withWaitStrategy(WaitStrategies.exponentialWait())
        .build();
  }

  Retryer<String> acceptsGuavaStopAfterAttempt() {
    return RetryerBuilder.<String>newBuilder()
        .withStopStrategy(StopStrategies.stopAfterAttempt(5))
        .withWaitStrategy(WaitStrategies.exponentialWait())
        .build();
  }

  Retryer<String> flagsGuavaChainWithoutAStopStrategy() {
    return RetryerBuilder.<String>newBuilder() // tracelint-expect: UnboundedRetry -- never stops by default
        .retryIfException()
        .withWaitStrategy(WaitStrategies.fixedWait(1, java.util.concurrent.TimeUnit.SECONDS))
        .build();
  }

  Mono<String> flagsReactorRetryWithoutACount(Mono<String> call) {
    return call
        .retry(); // tracelint-expect: UnboundedRetry -- Mono.retry() // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> flagsReactorRetryIndefinitely(Mono<String> call) {
    return call.retryWhen(Retry.indefinitely()); // tracelint-expect: UnboundedRetry -- Retry.indefinitely() // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> acceptsReactorBackoff(Mono<String> call) {
    return call.retryWhen(Retry.backoff(3, Duration.ofMillis(200)));
  }

  Mono<String> acceptsUnlimitedBackoffWithATimeoutAfterIt(Mono<String> call) {
    return call
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)))
        .timeout(Duration.ofSeconds(30));
  }

  Single<String> flagsRxSingleRetryWithoutACount(Single<String> call) {
    return call.retry(); // tracelint-expect: UnboundedRetry -- Single.retry() // tracelint-expect: RetryWithoutBackoff
  }

  Single<String> flagsRxRetryWithAPredicate(Single<String> call) {
    return call.retry(e -> e instanceof java.io.IOException); // tracelint-expect: UnboundedRetry -- Single.retry(...) // tracelint-expect: RetryWithoutBackoff
  }

  Single<String> acceptsRxRetryWithACountingPredicate(Single<String> call) {
    return call.retry((count, e) -> count < 3); // tracelint-expect: RetryWithoutBackoff
  }
}
