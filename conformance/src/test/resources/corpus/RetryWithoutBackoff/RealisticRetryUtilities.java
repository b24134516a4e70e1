package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The retry helpers a platform team ships in its "commons" module, and two services that use them. */
public final class RealisticRetryUtilities {
  private static final Logger log = LoggerFactory.getLogger(RealisticRetryUtilities.class);

  private RealisticRetryUtilities() {}

  /** Generic helper: tries a few times, with no pause between tries. */
  public static <T> T retry(Callable<T> action, int times) throws Exception {
    Exception last = null;
    for (int i = 0; i < times; i++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return action.call();
      } catch (Exception e) {
        last = e;
        log.debug("attempt {} of {} failed", i + 1, times, e);
      }
    }
    throw last;
  }

  /** Generic helper with exponential backoff and a retryable-failure test. */
  public static <T> T retryWithBackoff(Callable<T> action, int maxAttempts, Duration initialDelay,
      Predicate<Exception> retryable) throws Exception {
    long delay = initialDelay.toMillis();
    for (int attempt = 1; ; attempt++) {
      try {
        return action.call();
      } catch (Exception e) {
        if (attempt >= maxAttempts || !retryable.test(e)) {
          throw e;
        }
        Thread.sleep(delay);
        delay = Math.min(delay * 2, 30_000);
      }
    }
  }

  /** Counts down the retries left; the last failure escapes. */
  public static <T> T retryQuickly(Callable<T> action) throws Exception {
    int retriesLeft = 2;
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        return action.call();
      } catch (IOException e) {
        if (retriesLeft-- == 0) {
          throw e;
        }
      }
    }
  }

  /** Blocks on an async client; a failed future is asked again at once, forever. */
  public static String joinWithRetry(AsyncClient client, String request) {
    return client.send(request).exceptionally(e -> {
      log.warn("async send failed, resending", e);
      return joinWithRetry(client, request); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }).join();
  }

  /** The same, with a count and a pause. */
  public static String joinWithBudget(AsyncClient client, String request, int attemptsLeft) {
    return client.send(request).exceptionally(e -> {
      if (attemptsLeft <= 0) {
        throw new IllegalStateException("send failed", e);
      }
      pause(Duration.ofMillis(200));
      return joinWithBudget(client, request, attemptsLeft - 1);
    }).join();
  }

  interface AsyncClient {
    CompletableFuture<String> send(String request);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
