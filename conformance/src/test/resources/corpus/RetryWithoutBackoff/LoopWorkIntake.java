package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.Queue;

/**
 * Loops that take the next piece of work with a call not named like intake
 * (docs/rules/UnboundedRetry.md, point 2): a reference queue's {@code remove(timeout)} (a cleaner thread), a queue's
 * {@code remove()}. A failure handles that item and the next turn takes the next one; nothing is repeated. A
 * {@code remove(key)} with an argument on anything else removes that entry, and retrying it is still a retry.
 */
class LoopWorkIntake {
  static final class Cleanable extends PhantomReference<Object> {
    Cleanable(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
    }

    void clean() {}
  }

  interface Store {
    void remove(String key) throws IOException;
  }

  private final ReferenceQueue<Object> references = new ReferenceQueue<>();
  private final long idleMillis = 60_000L;
  private Store store;

  boolean nothingWatched() {
    return true;
  }

  void acceptsCleanerTakingTheNextReference() {
    while (true) {
      try {
        Cleanable next = (Cleanable) references.remove(idleMillis);
        if (next == null) {
          if (nothingWatched()) {
            break;
          }
          continue;
        }
        next.clean();
      } catch (InterruptedException e) {
        if (nothingWatched()) {
          break;
        }
      } catch (RuntimeException e) {
        System.err.println("cleanup failed");
      }
    }
  }

  void acceptsWorkerTakingTheQueueHead(Queue<Runnable> tasks, Runnable stop) {
    while (true) {
      try {
        Runnable task = tasks.remove();
        if (task == stop) {
          return;
        }
        task.run();
      } catch (RuntimeException e) {
        System.err.println("task failed");
      }
    }
  }

  void flagsEntryRemovalTriedAgain(String key) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        store.remove(key);
        return;
      } catch (IOException e) {
        System.err.println("remove failed");
      }
    }
  }
}
