package corpus.retrywithoutbackoff;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retry policies of a Micronaut agent service, relying on library defaults that already wait: Resilience4j's 500 ms,
 * a Failsafe delay, a configured interval.
 */
public class RealisticAppResilience4jDefaults {
  interface Reranker {
    java.util.List<String> rerank(String query, java.util.List<String> passages) throws IOException;
  }

  private final Reranker reranker;
  private final Retry rerankRetry;
  private final RetryPolicy<Object> guardrailPolicy;

  public RealisticAppResilience4jDefaults(Reranker reranker, Duration configuredWait) {
    this.reranker = reranker;
    this.rerankRetry = Retry.of("reranker", RetryConfig.custom().maxAttempts(3).build());
    this.guardrailPolicy = RetryPolicy.builder()
        .handle(IOException.class)
        .withDelay(Duration.ofSeconds(1))
        .withMaxRetries(2)
        .build();
  }

  public java.util.List<String> rerank(String query, java.util.List<String> passages) {
    Supplier<java.util.List<String>> call = Retry.decorateSupplier(rerankRetry, () -> {
      try {
        return reranker.rerank(query, passages);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return call.get();
  }

  public java.util.List<String> rerankGuarded(String query, java.util.List<String> passages) {
    return Failsafe.with(guardrailPolicy).get(() -> reranker.rerank(query, passages));
  }

  public static Retry defaults(String name) {
    return Retry.of(name, RetryConfig.ofDefaults());
  }

  public static Retry configured(String name, int attempts, Duration wait) {
    return Retry.of(name, RetryConfig.custom().maxAttempts(attempts).waitDuration(wait).build());
  }
}
