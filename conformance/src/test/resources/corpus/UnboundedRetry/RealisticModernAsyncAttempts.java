package corpus.unboundedretry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Asynchronous retries with CompletableFuture: the attempt number travels as an argument and caps the recursion,
 * the delay comes from a delayed executor, and a generic helper takes the operation as a supplier.
 */
public class RealisticModernAsyncAttempts {
  record Completion(String text, int promptTokens) {}

  interface ChatApi {
    CompletableFuture<Completion> complete(String prompt);
  }

  private final ChatApi api;
  private final int maxAttempts;

  public RealisticModernAsyncAttempts(ChatApi api, int maxAttempts) {
    this.api = api;
    this.maxAttempts = maxAttempts;
  }

  public CompletableFuture<Completion> complete(String prompt) {
    return attempt(prompt, 1);
  }

  private CompletableFuture<Completion> attempt(String prompt, int attempt) {
    return api.complete(prompt)
        .exceptionallyCompose(
            failure -> {
              if (attempt >= maxAttempts) {
                return CompletableFuture.failedFuture(failure);
              }
              Executor later = CompletableFuture.delayedExecutor(200L << attempt, TimeUnit.MILLISECONDS);
              return CompletableFuture.supplyAsync(() -> prompt, later)
                  .thenCompose(p -> attempt(p, attempt + 1));
            });
  }

  static <T> CompletableFuture<T> withRetries(Supplier<CompletableFuture<T>> operation, int attemptsLeft, Duration pause) {
    return operation.get()
        .handle((value, error) -> error == null ? CompletableFuture.completedFuture(value) : retryOrFail(operation, attemptsLeft, pause, error))
        .thenCompose(f -> f);
  }

  private static <T> CompletableFuture<T> retryOrFail(
      Supplier<CompletableFuture<T>> operation, int attemptsLeft, Duration pause, Throwable error) {
    if (attemptsLeft <= 1) {
      return CompletableFuture.failedFuture(error instanceof CompletionException c ? c.getCause() : error);
    }
    Executor later = CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS);
    return CompletableFuture.supplyAsync(() -> null, later)
        .thenCompose(ignored -> withRetries(operation, attemptsLeft - 1, pause.multipliedBy(2)));
  }

  public CompletableFuture<Completion> completeTwice(String prompt) {
    return withRetries(() -> api.complete(prompt), 2, Duration.ofMillis(300));
  }
}
