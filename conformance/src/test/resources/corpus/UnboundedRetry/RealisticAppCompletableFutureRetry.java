package corpus.unboundedretry;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * An asynchronous tool call in an agent runtime, retried through CompletableFuture: each failure schedules the next
 * attempt after a delay, and the attempts left are compared before retrying.
 */
public class RealisticAppCompletableFutureRetry {
  interface AsyncTool {
    CompletableFuture<String> call(String name, String argumentsJson);
  }

  private final AsyncTool tool;

  public RealisticAppCompletableFutureRetry(AsyncTool tool) {
    this.tool = tool;
  }

  public CompletableFuture<String> call(String name, String argumentsJson, int attemptsLeft) {
    return tool.call(name, argumentsJson).exceptionallyComposeAsync(
        e -> attemptsLeft > 1 && isTransient(e)
            ? call(name, argumentsJson, attemptsLeft - 1)
            : CompletableFuture.failedFuture(e),
        CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
  }

  public CompletableFuture<String> callOnceMore(String name, String argumentsJson, boolean retried) {
    return tool.call(name, argumentsJson).exceptionallyCompose(e -> {
      if (!retried && isTransient(e)) {
        return callOnceMore(name, argumentsJson, true);
      }
      return CompletableFuture.failedFuture(e);
    });
  }

  private static boolean isTransient(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return cause instanceof IOException;
  }
}
