package corpus.unboundedretry;

import java.io.IOException;
import java.net.SocketTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.resilience.annotation.Retryable;

/** Workers of an ingest pipeline: chunk uploads, checkpoint writes, and a Spring 7 resilient call. */
public class RealisticIngestWorkers {
  private static final Logger log = LoggerFactory.getLogger(RealisticIngestWorkers.class);

  interface ChunkStore {
    void put(String key, byte[] chunk) throws IOException;
  }

  private final ChunkStore store;

  RealisticIngestWorkers(ChunkStore store) {
    this.store = store;
  }

  /** The success flag is raised after the try; the catch goes round at once. */
  void uploadChunk(String key, byte[] chunk) {
    boolean stored = false;
    while (!stored) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        store.put(key, chunk);
      } catch (IOException e) {
        log.warn("chunk {} not stored, retrying", key, e);
        continue;
      }
      stored = true;
    }
  }

  /** The same shape, with a pause and a cap. */
  void uploadChunkPatiently(String key, byte[] chunk) throws IOException, InterruptedException {
    boolean stored = false;
    int failures = 0;
    while (!stored) {
      try {
        store.put(key, chunk);
      } catch (IOException e) {
        if (++failures > 5) {
          throw e;
        }
        Thread.sleep(200L * failures);
        continue;
      }
      stored = true;
    }
  }

  /**
   * Only timeouts are retried, at once (the call is given no time budget of its own); any other failure escapes. A
   * store that keeps timing out is retried forever: the catch that goes round has no way out (point 8).
   */
  void writeCheckpoint(String key, byte[] state) throws IOException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        store.put("checkpoint/" + key, state);
        return;
      } catch (SocketTimeoutException e) {
        log.info("checkpoint write timed out, retrying");
      } catch (IOException e) {
        throw e;
      }
    }
  }

  /** An attempt counter passed down; the counter is only logged, so nothing ends the recursion. */
  void writeManifest(String key, byte[] manifest, int attempt) {
    try {
      store.put("manifest/" + key, manifest);
    } catch (IOException e) {
      log.warn("manifest write attempt {} failed", attempt, e);
      writeManifest(key, manifest, attempt + 1); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  @Retryable(maxRetries = 4, delay = 0) // tracelint-expect: RetryWithoutBackoff
  public void registerDataset(String name) throws IOException {
    store.put("datasets/" + name, new byte[0]);
  }

  @Retryable(maxRetries = 4, delay = 500, multiplier = 2)
  public void registerSchema(String name) throws IOException {
    store.put("schemas/" + name, new byte[0]);
  }
}
