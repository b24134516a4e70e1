package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** A reactive model gateway: streaming completions and embeddings behind Reactor retries. */
public class RealisticReactiveModelGateway {
  interface ReactiveModelClient {
    Flux<String> stream(String prompt);

    Mono<float[]> embed(String text);

    Mono<String> health();
  }

  static class RateLimitedException extends RuntimeException {
    RateLimitedException(String message) {
      super(message);
    }
  }

  private final ReactiveModelClient client;

  RealisticReactiveModelGateway(ReactiveModelClient client) {
    this.client = client;
  }

  public Flux<String> stream(String prompt) {
    return client.stream(prompt)
        .timeout(Duration.ofSeconds(30))
        .retryWhen(Retry.backoff(3, Duration.ofMillis(250))
            .maxBackoff(Duration.ofSeconds(5))
            .filter(e -> e instanceof IOException || e instanceof TimeoutException));
  }

  public Mono<float[]> embed(String text) {
    return client.embed(text)
        .retryWhen(Retry.max(2).filter(RateLimitedException.class::isInstance)); // tracelint-expect: RetryWithoutBackoff
  }

  public Mono<String> health() {
    return client.health()
        .retry(1) // tracelint-expect: RetryWithoutBackoff
        .onErrorReturn("DOWN");
  }

  /** The status feed stays connected for the life of the service. */
  public Flux<String> statusFeed() {
    return client.stream("status")
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(5))); // tracelint-expect: UnboundedRetry
  }

  public Mono<float[]> embedWithFallback(String text) {
    return client.embed(text)
        .retryWhen(Retry.backoff(2, Duration.ofMillis(100)))
        .onErrorResume(e -> Mono.just(new float[0]));
  }

  /** Re-asks on failure through onErrorResume, with a budget passed down and a delay first. */
  public Mono<float[]> embedWithBudget(String text, int attemptsLeft) {
    return client.embed(text)
        .onErrorResume(e -> attemptsLeft > 0
            ? Mono.delay(Duration.ofMillis(300)).then(embedWithBudget(text, attemptsLeft - 1))
            : Mono.error(e));
  }

  /** Re-asks on failure at once, forever. */
  public Mono<String> healthUntilUp() {
    return client.health().onErrorResume(e -> healthUntilUp()); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }
}
