package corpus.retrywithoutbackoff;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** A vector search client wrapped in Resilience4j and Failsafe policies, configured per call type. */
public class RealisticResilientVectorSearch {
  interface VectorIndex {
    List<String> query(float[] vector, int topK);
  }

  private final VectorIndex index;
  private final Retry queryRetry;
  private final Retry warmupRetry;
  private final Retry healthRetry;
  private final RetryPolicy<Object> upsertPolicy;
  private final RetryPolicy<Object> reconnectPolicy;
  private final RetryPolicy<Object> schemaPolicy;

  RealisticResilientVectorSearch(VectorIndex index) {
    this.index = index;
    this.queryRetry = Retry.of("vector-query", RetryConfig.custom()
        .maxAttempts(4)
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(100), 2.0, 0.5))
        .retryExceptions(UncheckedIOException.class)
        .build());
    this.warmupRetry = Retry.of("vector-warmup", RetryConfig.custom()
        .maxAttempts(3)
        .retryExceptions(UncheckedIOException.class)
        .build());
    this.healthRetry = Retry.of("vector-health", RetryConfig.custom()
        .maxAttempts(6)
        .waitDuration(Duration.ZERO) // tracelint-expect: RetryWithoutBackoff
        .build());
    this.upsertPolicy = RetryPolicy.builder()
        .handle(IOException.class, UncheckedIOException.class)
        .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(10))
        .withJitter(0.2)
        .withMaxRetries(5)
        .build();
    this.reconnectPolicy = RetryPolicy.builder()
        .handle(ConnectException.class)
        .withMaxRetries(-1)
        .withDelay(Duration.ofSeconds(2))
        .withMaxDuration(Duration.ofMinutes(5))
        .build();
    this.schemaPolicy = RetryPolicy.builder() // tracelint-expect: RetryWithoutBackoff
        .handle(IOException.class)
        .withMaxRetries(3)
        .build();
  }

  public List<String> search(float[] vector) {
    Supplier<List<String>> call = Retry.decorateSupplier(queryRetry, () -> index.query(vector, 10));
    return call.get();
  }

  public void warmUp(float[] probe) {
    warmupRetry.executeSupplier(() -> index.query(probe, 1));
    healthRetry.executeSupplier(() -> index.query(probe, 0));
  }

  public List<String> upsertThenQuery(float[] vector) {
    Failsafe.with(schemaPolicy).run(() -> index.query(new float[0], 0));
    Failsafe.with(reconnectPolicy).run(() -> index.query(vector, 0));
    return Failsafe.with(upsertPolicy).get(() -> index.query(vector, 5));
  }
}
