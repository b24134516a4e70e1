package corpus.unboundedretry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/** A shared retry helper: attempts and the total time are both capped; callers pass lambdas. */
public final class RealisticCleanRetryHelpers {
  private RealisticCleanRetryHelpers() {}

  public static <T> T withRetries(Callable<T> call, int maxAttempts, Duration maxElapsed) throws Exception {
    long deadline = System.nanoTime() + maxElapsed.toNanos();
    Exception last = null;
    int attempt = 0;
    while (attempt < maxAttempts && System.nanoTime() < deadline) {
      attempt++;
      try {
        return call.call();
      } catch (IOException | UncheckedIOException e) {
        last = e;
        long sleep = Math.min(8_000, 100L * (1L << Math.min(attempt, 6)));
        Thread.sleep(ThreadLocalRandom.current().nextLong(sleep / 2, sleep + 1));
      }
    }
    throw last != null ? last : new IllegalStateException("no attempt made");
  }

  public static void retryVoid(Runnable action, int attempts) throws InterruptedException {
    for (int remaining = attempts; remaining > 0; remaining--) {
      try {
        action.run();
        return;
      } catch (RuntimeException e) {
        if (remaining == 1) {
          throw e;
        }
        Thread.sleep(250);
      }
    }
  }

  public static String fetchWithFlag(Callable<String> call) throws InterruptedException {
    boolean done = false;
    int tries = 0;
    String result = null;
    while (!done && tries < 5) {
      tries++;
      try {
        result = call.call();
        done = true;
      } catch (Exception e) {
        Thread.sleep(200L * tries);
      }
    }
    return result;
  }
}
