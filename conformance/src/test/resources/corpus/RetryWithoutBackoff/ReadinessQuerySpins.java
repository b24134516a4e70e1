package corpus.retrywithoutbackoff;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A loop whose condition asks the remote side itself whether something is ready is a polling loop (UnboundedRetry,
 * "Polling and result-checked loops"); bounded or not, it asks again at once unless something in it waits.
 */
class ReadinessQuerySpins {
  enum State { PENDING, READY }

  interface Deployments {
    boolean isReady(String id);

    State getState(String id);
  }

  private final Deployments deployments;

  ReadinessQuerySpins(Deployments deployments) {
    this.deployments = deployments;
  }

  boolean flagsACappedSpinOnAReadinessQuery(String id) {
    int polls = 0;
    while (!deployments.isReady(id) && polls < 100) { // tracelint-expect: RetryWithoutBackoff -- without waiting
      polls++;
    }
    return polls < 100;
  }

  boolean acceptsACappedReadinessPollThatSleeps(String id) throws InterruptedException {
    int polls = 0;
    while (!deployments.isReady(id) && polls < 100) {
      polls++;
      Thread.sleep(200);
    }
    return polls < 100;
  }

  void acceptsAStatePollWithADeadlineThatWaits(String id, long deadline) throws InterruptedException {
    while (deployments.getState(id) != State.READY && System.currentTimeMillis() < deadline) {
      TimeUnit.MILLISECONDS.sleep(500);
    }
  }

  void acceptsALockAttemptSpin(ReentrantLock lock) {
    while (!lock.tryLock()) {
      Thread.onSpinWait();
    }
    lock.unlock();
  }
}
