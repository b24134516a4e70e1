package corpus.retrywithoutbackoff;

import io.reactivex.rxjava3.core.Observable;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactor and RxJava retries (docs/rules/RetryWithoutBackoff.md, "Library settings"): every {@code retry(...)}
 * overload resubscribes at once; {@code retryWhen} with a fixed delay or a back-off waits.
 */
class ReactiveRetries {
  Flux<String> flagsRetryWithoutACount(Flux<String> call) {
    return call.retry(); // tracelint-expect: RetryWithoutBackoff -- Flux.retry(...) retries immediately
  }

  Observable<String> flagsRxRetryWithACount(Observable<String> call) {
    return call.retry(2); // tracelint-expect: RetryWithoutBackoff -- Observable.retry(...)
  }

  Mono<String> acceptsFixedDelay(Mono<String> call) {
    return call.retryWhen(Retry.fixedDelay(3, Duration.ofSeconds(1)));
  }
}
