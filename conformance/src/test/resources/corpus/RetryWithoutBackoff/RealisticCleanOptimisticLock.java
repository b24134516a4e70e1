package corpus.retrywithoutbackoff;

import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Immediate retries of version conflicts: another writer won, so re-reading and re-applying at once is right. */
public class RealisticCleanOptimisticLock {
  static final class OptimisticLockException extends RuntimeException {
    OptimisticLockException(String message) {
      super(message);
    }
  }

  record Versioned(long version, int tokensUsed) {}

  interface Store {
    Versioned read(String key);

    void compareAndWrite(String key, long expectedVersion, Versioned next);
  }

  private final Store store;
  private final Map<String, Integer> local = new ConcurrentHashMap<>();

  RealisticCleanOptimisticLock(Store store) {
    this.store = store;
  }

  public void addUsage(String tenant, int tokens) {
    for (int attempt = 0; attempt < 10; attempt++) {
      Versioned current = store.read(tenant);
      try {
        store.compareAndWrite(tenant, current.version(), new Versioned(current.version() + 1, current.tokensUsed() + tokens));
        return;
      } catch (OptimisticLockException e) {
        // another writer updated the row: read it again
      }
    }
    throw new IllegalStateException("too much contention on " + tenant);
  }

  public int snapshotTotal() {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        int total = 0;
        for (int value : local.values()) {
          total += value;
        }
        return total;
      } catch (ConcurrentModificationException e) {
        // map changed while iterating: take the snapshot again
      }
    }
    throw new IllegalStateException("usage map kept changing during the snapshot");
  }
}
