package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexing step of a RAG pipeline: chunks are upserted into a vector store in batches. One upload pauses with
 * jitter between attempts; the other, written in a hurry, tries three times back to back.
 */
public class RealisticAppVectorStoreUpsert {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppVectorStoreUpsert.class);
  private static final int ATTEMPTS = 3;

  record Vector(String id, float[] values, String text) {}

  interface VectorStore {
    void upsert(String namespace, List<Vector> batch) throws IOException;
  }

  private final VectorStore store;

  public RealisticAppVectorStoreUpsert(VectorStore store) {
    this.store = store;
  }

  public void upsertAll(String namespace, List<List<Vector>> batches) throws IOException, InterruptedException {
    for (List<Vector> batch : batches) {
      upsertWithBackoff(namespace, batch);
    }
  }

  private void upsertWithBackoff(String namespace, List<Vector> batch) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        store.upsert(namespace, batch);
        return;
      } catch (IOException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        long delay = (200L << attempt) + ThreadLocalRandom.current().nextLong(100);
        log.warn("upsert of {} vectors failed, retrying in {} ms", batch.size(), delay, e);
        Thread.sleep(delay);
      }
    }
  }

  public void upsertHastily(String namespace, List<Vector> batch) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        store.upsert(namespace, batch);
        return;
      } catch (IOException e) {
        log.warn("upsert attempt {} failed", attempt, e);
        last = e;
      }
    }
    throw last;
  }

  public void upsertEach(String namespace, List<Vector> vectors) {
    for (Vector vector : vectors) {
      try {
        store.upsert(namespace, List.of(vector));
      } catch (IOException e) {
        log.error("vector {} not indexed", vector.id(), e);
      }
    }
  }
}
