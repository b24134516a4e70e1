package corpus.retrywithoutbackoff;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * CompletableFuture-based retries of a reranking service: the next attempt runs on a delayed executor, so it waits;
 * one variant sends the same request again the moment the first one failed.
 */
public class RealisticAsyncDelayedFutureRetries {
  interface AsyncReranker {
    CompletableFuture<double[]> rerank(String query, String[] passages);
  }

  private final AsyncReranker reranker;

  RealisticAsyncDelayedFutureRetries(AsyncReranker reranker) {
    this.reranker = reranker;
  }

  public CompletableFuture<double[]> rerank(String query, String[] passages, int attemptsLeft) {
    Executor later = CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS);
    return reranker.rerank(query, passages)
        .exceptionallyComposeAsync(error -> attemptsLeft > 0
            ? rerank(query, passages, attemptsLeft - 1)
            : CompletableFuture.failedFuture(error), later);
  }

  public CompletableFuture<double[]> rerankWithGrowingDelay(String query, String[] passages, int attempt) {
    return reranker.rerank(query, passages)
        .exceptionallyComposeAsync(error -> attempt >= 3
                ? CompletableFuture.failedFuture(error)
                : rerankWithGrowingDelay(query, passages, attempt + 1),
            CompletableFuture.delayedExecutor(250L * (1L << attempt), TimeUnit.MILLISECONDS));
  }

  /** Falls back to keeping the retriever's order: no second request at all. */
  public CompletableFuture<double[]> rerankOrKeepOrder(String query, String[] passages) {
    return reranker.rerank(query, passages).exceptionally(error -> {
      double[] scores = new double[passages.length];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = scores.length - i;
      }
      return scores;
    });
  }

  public CompletableFuture<double[]> rerankAgainAtOnce(String query, String[] passages, int attemptsLeft) {
    return reranker.rerank(query, passages)
        .exceptionallyCompose(error -> attemptsLeft > 0
            ? rerankAgainAtOnce(query, passages, attemptsLeft - 1) // tracelint-expect: RetryWithoutBackoff
            : CompletableFuture.failedFuture(error));
  }
}
