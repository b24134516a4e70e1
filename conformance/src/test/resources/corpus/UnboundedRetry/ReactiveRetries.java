package corpus.unboundedretry;

import io.reactivex.rxjava3.core.Observable;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactor and RxJava retries (docs/rules/UnboundedRetry.md and RetryWithoutBackoff.md, "Library settings"): every
 * {@code retry(...)} resubscribes at once; without a count, with {@code Long.MAX_VALUE} or with an unlimited
 * {@code Retry.backoff} it also never stops, unless a {@code timeout} after it bounds the whole retry by time.
 */
class ReactiveRetries {
  Flux<String> flagsRetryUpToLongMaxValue(Flux<String> call) {
    return call.retry(Long.MAX_VALUE); // tracelint-expect: UnboundedRetry -- Flux.retry(...) // tracelint-expect: RetryWithoutBackoff
  }

  Observable<String> flagsRxRetryWithoutACount(Observable<String> call) {
    return call.retry(); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> acceptsCountedRetryThatRetriesAtOnce(Mono<String> call) {
    return call.retry(3); // tracelint-expect: RetryWithoutBackoff
  }

  Observable<String> acceptsCountedRxRetryThatRetriesAtOnce(Observable<String> call) {
    return call.retry(3); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> acceptsTimeoutAfterTheRetry(Mono<String> call) {
    return call.retry().timeout(Duration.ofSeconds(30)); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> flagsTimeoutBeforeTheRetry(Mono<String> call) {
    return call.timeout(Duration.ofSeconds(1)).retry(); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> flagsUnlimitedBackoffWithoutATimeBound(Mono<String> call) {
    return call.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))); // tracelint-expect: UnboundedRetry
  }
}
