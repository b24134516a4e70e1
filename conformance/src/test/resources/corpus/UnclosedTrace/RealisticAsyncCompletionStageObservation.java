package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * An embedding client on java.net.http style CompletionStages with a fallback provider: the observation is stopped
 * by the stage that runs on every outcome, including the fallback's.
 */
public class RealisticAsyncCompletionStageObservation {
  interface EmbeddingProvider {
    CompletionStage<float[]> embed(String text);
  }

  private final ObservationRegistry registry;
  private final EmbeddingProvider primary;
  private final EmbeddingProvider secondary;

  RealisticAsyncCompletionStageObservation(
      ObservationRegistry registry, EmbeddingProvider primary, EmbeddingProvider secondary) {
    this.registry = registry;
    this.primary = primary;
    this.secondary = secondary;
  }

  public CompletionStage<float[]> embed(String text) {
    Observation observation = Observation.start("embedding.request", registry);
    return primary.embed(text)
        .exceptionallyCompose(error -> secondary.embed(text))
        .whenComplete((vector, error) -> {
          if (error != null) {
            observation.error(error);
          }
          observation.stop();
        });
  }

  public CompletableFuture<float[]> embedBounded(String text) {
    Observation observation = Observation.start("embedding.request.bounded", registry);
    return primary.embed(text)
        .toCompletableFuture()
        .completeOnTimeout(new float[0], 5, TimeUnit.SECONDS)
        .handle((vector, error) -> {
          observation.stop();
          return error == null ? vector : new float[0];
        });
  }

  public CompletionStage<float[]> embedStoppedOnBothBranches(String text) {
    Observation observation = Observation.start("embedding.request.branches", registry);
    return primary.embed(text)
        .thenApply(vector -> {
          observation.stop();
          return vector;
        })
        .exceptionallyCompose(error -> {
          observation.error(error);
          observation.stop();
          return secondary.embed(text);
        });
  }

  public CompletionStage<float[]> embedStoppedOnFallbackOnly(String text) {
    Observation observation = Observation.start("embedding.request.fallback", registry); // tracelint-expect: UnclosedTrace
    return primary.embed(text).exceptionallyCompose(error -> {
      observation.stop();
      return secondary.embed(text);
    });
  }

  public Duration budget() {
    return Duration.ofSeconds(5);
  }
}
