package corpus.retrywithoutbackoff;

import java.util.ConcurrentModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation memory of a chat service kept in a versioned store: a lost optimistic-locking race is resolved by
 * reading again at once; an expired session is renewed and the call repeated at once.
 */
public class RealisticAppOptimisticLockRetry {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppOptimisticLockRetry.class);
  private static final int MAX_ATTEMPTS = 5;

  static final class OptimisticLockingFailureException extends RuntimeException {
    OptimisticLockingFailureException(String message) {
      super(message);
    }
  }

  static final class SessionExpiredException extends RuntimeException {
    SessionExpiredException(String message) {
      super(message);
    }
  }

  record Memory(String conversationId, long version, String summary) {
    Memory withSummary(String newSummary) {
      return new Memory(conversationId, version, newSummary);
    }
  }

  interface MemoryStore {
    Memory load(String conversationId);

    void save(Memory memory);

    void renewSession();
  }

  private final MemoryStore store;

  public RealisticAppOptimisticLockRetry(MemoryStore store) {
    this.store = store;
  }

  public void appendSummary(String conversationId, String addition) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Memory memory = store.load(conversationId);
      try {
        store.save(memory.withSummary(memory.summary() + "\n" + addition));
        return;
      } catch (OptimisticLockingFailureException e) {
        log.debug("memory of {} changed concurrently (attempt {}), reading again", conversationId, attempt);
      }
    }
    throw new ConcurrentModificationException("memory of " + conversationId + " kept changing");
  }

  public Memory loadWithSession(String conversationId) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return store.load(conversationId);
      } catch (SessionExpiredException e) {
        store.renewSession();
      }
    }
    throw new IllegalStateException("session could not be renewed");
  }
}
