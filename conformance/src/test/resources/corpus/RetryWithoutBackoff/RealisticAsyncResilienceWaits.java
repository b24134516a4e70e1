package corpus.retrywithoutbackoff;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Asynchronous vector-store writes wrapped in Resilience4j retries: the library's default 500 ms wait or an explicit
 * interval spaces the attempts; a config with a zero wait does not.
 */
public class RealisticAsyncResilienceWaits {
  interface AsyncVectorStore {
    CompletionStage<Void> upsert(String id, float[] vector);
  }

  private final AsyncVectorStore store;
  private final ScheduledExecutorService scheduler;

  RealisticAsyncResilienceWaits(AsyncVectorStore store, ScheduledExecutorService scheduler) {
    this.store = store;
    this.scheduler = scheduler;
  }

  public CompletionStage<Void> upsert(String id, float[] vector) {
    Retry retry = Retry.of("upsert", RetryConfig.custom().maxAttempts(3).build());
    return Retry.decorateCompletionStage(retry, scheduler, () -> store.upsert(id, vector)).get();
  }

  public CompletionStage<Void> upsertSpaced(String id, float[] vector) {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(5)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2.0))
        .build();
    return Retry.of("upsert-spaced", config).executeCompletionStage(scheduler, () -> store.upsert(id, vector));
  }

  public CompletionStage<Void> upsertEverySecond(String id, float[] vector) {
    RetryConfig config = RetryConfig.custom().maxAttempts(4).waitDuration(Duration.ofSeconds(1)).build();
    return Retry.of("upsert-fixed", config).executeCompletionStage(scheduler, () -> store.upsert(id, vector));
  }

  public CompletionStage<Void> upsertImmediately(String id, float[] vector) {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Duration.ZERO) // tracelint-expect: RetryWithoutBackoff
        .build();
    return Retry.of("upsert-now", config).executeCompletionStage(scheduler, () -> store.upsert(id, vector));
  }
}
