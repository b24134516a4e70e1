package corpus.unboundedretry;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Asynchronous embedding calls wrapped in Resilience4j: decorateCompletionStage schedules the next attempt on the
 * scheduler after the configured interval; the configs decide how many attempts there are.
 */
public class RealisticAsyncResilienceCompletionStages {
  interface AsyncEmbeddings {
    CompletionStage<float[]> embed(String text);
  }

  private final AsyncEmbeddings embeddings;
  private final ScheduledExecutorService scheduler;

  RealisticAsyncResilienceCompletionStages(AsyncEmbeddings embeddings, ScheduledExecutorService scheduler) {
    this.embeddings = embeddings;
    this.scheduler = scheduler;
  }

  public CompletionStage<float[]> embed(String text) {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(4)
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(300), 2.0, 0.3))
        .retryExceptions(IOException.class)
        .build();
    Retry retry = Retry.of("embeddings", config);
    Supplier<CompletionStage<float[]>> decorated =
        Retry.decorateCompletionStage(retry, scheduler, () -> embeddings.embed(text));
    return decorated.get();
  }

  public CompletionStage<float[]> embedWithDefaults(String text) {
    Retry retry = Retry.ofDefaults("embeddings-defaults");
    return retry.executeCompletionStage(scheduler, () -> embeddings.embed(text));
  }

  public CompletionStage<float[]> embedOnResult(String text) {
    RetryConfig config = RetryConfig.<float[]>custom()
        .maxAttempts(3)
        .waitDuration(Duration.ofSeconds(1))
        .retryOnResult(vector -> vector.length == 0)
        .build();
    return Retry.of("embeddings-empty", config).executeCompletionStage(scheduler, () -> embeddings.embed(text));
  }

  public CompletionStage<float[]> embedUntilItWorks(String text) {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry
        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2.0, Duration.ofMinutes(1)))
        .build();
    return Retry.of("embeddings-forever", config).executeCompletionStage(scheduler, () -> embeddings.embed(text));
  }
}
