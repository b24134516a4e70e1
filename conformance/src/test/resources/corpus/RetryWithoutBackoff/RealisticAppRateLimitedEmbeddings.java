package corpus.retrywithoutbackoff;

import com.google.common.util.concurrent.RateLimiter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddings client that respects the provider's requests-per-second quota with Guava's RateLimiter: every attempt
 * takes a permit, and acquire blocks until the next one is due, so a retry is spaced from the attempt before it. A
 * semaphore only caps concurrency and a permit taken once before the loop paces nothing: those retry at once.
 */
public class RealisticAppRateLimitedEmbeddings {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppRateLimitedEmbeddings.class);
  private static final int ATTEMPTS = 3;

  interface Embeddings {
    List<float[]> embed(List<String> texts) throws IOException;
  }

  private final Embeddings embeddings;
  private final RateLimiter quota = RateLimiter.create(5.0);
  private final Semaphore concurrency = new Semaphore(4);

  public RealisticAppRateLimitedEmbeddings(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  public List<float[]> embed(List<String> texts) throws IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      quota.acquire();
      try {
        return embeddings.embed(texts);
      } catch (IOException e) {
        log.warn("embedding attempt {} failed", attempt, e);
        last = e;
      }
    }
    throw last;
  }

  public List<float[]> embedWeighted(List<String> texts) throws IOException {
    for (int attempt = 1; ; attempt++) {
      quota.acquire(texts.size());
      try {
        return embeddings.embed(texts);
      } catch (IOException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  public List<float[]> embedConcurrently(List<String> texts) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      concurrency.acquire();
      try {
        return embeddings.embed(texts);
      } catch (IOException e) {
        last = e;
      } finally {
        concurrency.release();
      }
    }
    throw last;
  }

  public List<float[]> embedAfterOnePermit(List<String> texts) throws IOException {
    quota.acquire();
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return embeddings.embed(texts);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }
}
