package corpus.unboundedretry;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loops that repeat only operations on the JDK's atomic variables (docs/rules/UnboundedRetry.md, point 1): a spin lock
 * ({@code do { locked = lock.compareAndSet(true, false); } while (!locked);}) or a lock-free update waits for another
 * thread of this process; it sends no request again, so it is no retry for either rule. A loop that also asks another
 * object (a lock service) repeats that request and is judged as a polling loop.
 */
class SpinsOnMemory {
  interface LockService {
    boolean tryAcquire(String name);
  }

  /** true: free; false: held. */
  private final AtomicBoolean writeLock = new AtomicBoolean(true);
  private final AtomicInteger readers = new AtomicInteger();
  private final AtomicReference<Thread> owner = new AtomicReference<>();
  private final LockService locks;

  SpinsOnMemory(LockService locks) {
    this.locks = locks;
  }

  void acceptsACompareAndSetSpinLock() {
    boolean locked = false;
    do {
      locked = writeLock.compareAndSet(true, false);
    } while (!locked);
    do {
      locked = readers.get() == 0;
    } while (!locked);
  }

  void acceptsAWhileLoopSpinningOnAWeakCompareAndSet() {
    boolean acquired = false;
    while (!acquired) {
      acquired = writeLock.weakCompareAndSetAcquire(true, false);
    }
  }

  void acceptsASpinOnALocalAtomicReference(Thread me) {
    AtomicReference<Thread> slot = owner;
    boolean mine = false;
    while (!mine) {
      mine = slot.compareAndSet(null, me);
    }
  }

  void acceptsASpinThatCountsItsReaders() {
    boolean entered = false;
    do {
      int current = readers.get();
      entered = readers.compareAndSet(current, current + 1);
    } while (!entered);
  }

  void flagsASpinThatAlsoAsksARemoteLockService(String name) {
    boolean locked = false;
    do { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      locked = writeLock.compareAndSet(true, false);
      if (!locked) {
        locked = locks.tryAcquire(name);
      }
    } while (!locked);
  }
}
