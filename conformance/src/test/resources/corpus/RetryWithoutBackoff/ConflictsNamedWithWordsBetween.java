package corpus.retrywithoutbackoff;

import java.util.UUID;

/**
 * A catalogued conflict written with other words between its own ({@code ConcurrentJobModificationException} for
 * {@code ConcurrentModification}, {@code OptimisticEntityLockException} for {@code OptimisticLock}): a lost
 * optimistic-concurrency race, re-read and retried at once. A name that holds only one of the words
 * ({@code ConcurrentAccessException}, {@code StaleConnectionException}) is no conflict: still reported.
 */
class ConflictsNamedWithWordsBetween {
  static class ConcurrentJobModificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class OptimisticEntityLockException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class ConcurrentAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class StaleConnectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  interface Storage {
    String getJobById(UUID id);

    String save(String job);
  }

  private final Storage storage;

  ConflictsNamedWithWordsBetween(Storage storage) {
    this.storage = storage;
  }

  void acceptsASelfCallOnAConcurrentJobModification(UUID id, String reason, int retryCount) {
    try {
      storage.save(storage.getJobById(id) + reason);
    } catch (ConcurrentJobModificationException e) {
      if (retryCount <= 0) {
        throw e;
      }
      acceptsASelfCallOnAConcurrentJobModification(id, reason, --retryCount);
    }
  }

  String acceptsALoopOnAnOptimisticEntityLock(UUID id) {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return storage.save(storage.getJobById(id));
      } catch (OptimisticEntityLockException e) {
        continue;
      }
    }
    return null;
  }

  void flagsASelfCallOnAConcurrentAccess(UUID id, int retryCount) {
    try {
      storage.save(storage.getJobById(id));
    } catch (ConcurrentAccessException e) {
      if (retryCount <= 0) {
        throw e;
      }
      flagsASelfCallOnAConcurrentAccess(id, retryCount - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  String flagsALoopOnAStaleConnection(UUID id) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return storage.save(storage.getJobById(id));
      } catch (StaleConnectionException e) {
        continue;
      }
    }
    return null;
  }
}
