package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Model calls retried with a helper that sleeps with decorrelated jitter, and with Retry-After honoured. */
public class RealisticCleanJitteredBackoff {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanJitteredBackoff.class);

  static final class RateLimitedException extends IOException {
    final long retryAfterMillis;

    RateLimitedException(long retryAfterMillis) {
      super("rate limited");
      this.retryAfterMillis = retryAfterMillis;
    }
  }

  interface Model {
    String complete(String prompt) throws IOException;
  }

  private final Model model;
  private final Random random = new Random();

  RealisticCleanJitteredBackoff(Model model) {
    this.model = model;
  }

  public String complete(String prompt) throws IOException, InterruptedException {
    long sleep = 250;
    for (int attempt = 1; ; attempt++) {
      try {
        return model.complete(prompt);
      } catch (RateLimitedException e) {
        if (attempt >= 6) {
          throw e;
        }
        Thread.sleep(Math.max(e.retryAfterMillis, sleep));
      } catch (IOException e) {
        if (attempt >= 6) {
          throw e;
        }
        sleep = backoff(sleep);
        log.debug("attempt {} failed, sleeping {} ms", attempt, sleep);
      }
    }
  }

  private long backoff(long previous) throws InterruptedException {
    long next = Math.min(20_000, previous + random.nextInt((int) Math.min(Integer.MAX_VALUE, previous * 3)));
    Thread.sleep(next);
    return next;
  }

  public String completeOnce(String prompt) throws IOException {
    int attempts = 0;
    while (true) {
      try {
        return model.complete(prompt);
      } catch (IOException e) {
        if (++attempts == 3) {
          throw e;
        }
        sleepQuietly(1_000L * attempts);
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
