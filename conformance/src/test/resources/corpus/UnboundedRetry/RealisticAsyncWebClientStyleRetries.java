package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A WebClient-style model gateway: each call is a Mono, retried with Reactor's backoff spec for transient failures;
 * a long-lived event stream reconnects with capped backoff, and one variant forgets the attempt cap.
 */
public class RealisticAsyncWebClientStyleRetries {
  static final class ProviderOverloadedException extends RuntimeException {
    ProviderOverloadedException(String message) {
      super(message);
    }
  }

  interface ReactiveModelApi {
    Mono<String> complete(String prompt);

    Flux<String> events(String runId);
  }

  private final ReactiveModelApi api;

  RealisticAsyncWebClientStyleRetries(ReactiveModelApi api) {
    this.api = api;
  }

  public Mono<String> complete(String prompt) {
    return api.complete(prompt)
        .timeout(Duration.ofSeconds(30))
        .retryWhen(Retry.backoff(3, Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(5))
            .jitter(0.5)
            .filter(error -> error instanceof IOException || error instanceof TimeoutException));
  }

  public Mono<String> completeWhenOverloaded(String prompt) {
    return api.complete(prompt)
        .retryWhen(Retry.fixedDelay(5, Duration.ofSeconds(2))
            .filter(ProviderOverloadedException.class::isInstance)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
  }

  /** A run's event stream reconnects after drops; transientErrors resets the count after each good event. */
  public Flux<String> followRun(String runId) {
    return api.events(runId)
        .retryWhen(Retry.backoff(10, Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(30))
            .transientErrors(true));
  }

  public Flux<String> followRunForever(String runId) {
    return api.events(runId)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)) // tracelint-expect: UnboundedRetry
            .maxBackoff(Duration.ofSeconds(30)));
  }

  /** Unlimited attempts, but the whole retried sequence gives up after two minutes. */
  public Mono<String> completeWithinBudget(String prompt) {
    return api.complete(prompt)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(250)).maxBackoff(Duration.ofSeconds(10)))
        .timeout(Duration.ofMinutes(2));
  }

  /** Polls a run's status every five seconds until it is finished: repeat, not retry, and at most 60 times. */
  public Mono<String> awaitRun(String runId) {
    return api.complete("status " + runId)
        .repeatWhen(done -> done.delayElements(Duration.ofSeconds(5)).take(60))
        .filter(status -> status.startsWith("finished"))
        .next();
  }
}
