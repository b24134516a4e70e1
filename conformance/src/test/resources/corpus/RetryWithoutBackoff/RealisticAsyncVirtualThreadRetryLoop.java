package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocking-style retries on virtual threads (the code reads synchronously, the executor makes it cheap): each
 * attempt is a task waited on with a timeout, and the loop sleeps with jitter between attempts.
 */
public class RealisticAsyncVirtualThreadRetryLoop {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncVirtualThreadRetryLoop.class);

  interface BlockingSearch {
    String search(String query) throws IOException;
  }

  private final ExecutorService virtualThreads;
  private final BlockingSearch search;

  RealisticAsyncVirtualThreadRetryLoop(ExecutorService virtualThreads, BlockingSearch search) {
    this.virtualThreads = virtualThreads;
    this.search = search;
  }

  public String search(String query) throws InterruptedException, IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= 4; attempt++) {
      Future<String> result = virtualThreads.submit(() -> search.search(query));
      try {
        return result.get(5, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        last = new IOException("search failed", e.getCause());
        log.debug("search attempt {} failed: {}", attempt, e.getCause().toString());
      } catch (TimeoutException e) {
        result.cancel(true);
        last = new IOException("search timed out", e);
      }
      long backoff = Math.min(4_000L, 200L << attempt);
      Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
    }
    throw last;
  }

  public String searchWithSleepHelper(String query) throws InterruptedException, IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return virtualThreads.submit(() -> search.search(query)).get();
      } catch (ExecutionException e) {
        if (attempt == 2) {
          throw new IOException("search failed", e.getCause());
        }
        pause(Duration.ofMillis(300L * (attempt + 1)));
      }
    }
  }

  private static void pause(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }

  public String searchAgainAtOnce(String query) throws InterruptedException, IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return virtualThreads.submit(() -> search.search(query)).get();
      } catch (ExecutionException e) {
        log.warn("search attempt {} failed", attempt, e.getCause());
      }
    }
    throw new IOException("search failed three times");
  }
}
