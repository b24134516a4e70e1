package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * A reactive embeddings client: retry specs built in constants and helpers with caps and filters, a streaming
 * subscription that resubscribes forever to a live feed, and one call that retries a request without end.
 */
public class RealisticModernReactorRetrySpecs {
  record EmbeddingRequest(String model, String text) {}

  record Embedding(float[] vector) {}

  interface EmbeddingApi {
    Mono<Embedding> embed(EmbeddingRequest request);

    Flux<String> liveEvents(String topic);
  }

  private static final Predicate<Throwable> TRANSIENT =
      t -> t instanceof IOException || t instanceof java.util.concurrent.TimeoutException;

  private static final RetryBackoffSpec STANDARD =
      Retry.backoff(5, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5)).jitter(0.5).filter(TRANSIENT);

  private final EmbeddingApi api;

  public RealisticModernReactorRetrySpecs(EmbeddingApi api) {
    this.api = api;
  }

  public Mono<Embedding> embed(EmbeddingRequest request) {
    return api.embed(request).timeout(Duration.ofSeconds(10)).retryWhen(STANDARD);
  }

  public Mono<Embedding> embedWithinBudget(EmbeddingRequest request, Duration budget) {
    return api.embed(request)
        .retryWhen(Retry.fixedDelay(3, Duration.ofSeconds(1)).filter(TRANSIENT))
        .timeout(budget);
  }

  public Flux<Embedding> embedAll(Flux<EmbeddingRequest> requests) {
    return requests.concatMap(
        request ->
            api.embed(request)
                .retryWhen(
                    Retry.backoff(3, Duration.ofMillis(100))
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure())));
  }

  public Mono<Embedding> embedUntilItWorks(EmbeddingRequest request) {
    return api.embed(request)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500))); // tracelint-expect: UnboundedRetry
  }

  public Mono<Embedding> embedOnce(EmbeddingRequest request) {
    return api.embed(request).onErrorResume(IOException.class, e -> Mono.empty());
  }
}
