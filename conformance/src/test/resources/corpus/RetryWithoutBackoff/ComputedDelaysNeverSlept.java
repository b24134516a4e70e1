package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.logging.Logger;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Span exporters that work out a backoff after a failed send and then only log it: the next attempt goes out at
 * once. A delay that is slept, scheduled or handed to a pacer still paces the retry.
 */
class ComputedDelaysNeverSlept {
  interface Collector {
    void send(byte[] batch) throws IOException;
  }

  interface Backoff {
    long delayFor(int attempt);
  }

  private static final Logger log = Logger.getLogger("exporter");
  private final Collector collector;
  private final Backoff backoff;
  private final long baseMillis = 100L;

  ComputedDelaysNeverSlept(Collector collector, Backoff backoff) {
    this.collector = collector;
    this.backoff = backoff;
  }

  void flagsADelayComputedInPlaceAndOnlyLogged(byte[] batch) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        long delay = baseMillis * (1L << attempt);
        log.warning("export failed, retrying in " + delay + " ms");
      }
    }
    throw new IOException("gave up");
  }

  void flagsADelayAskedOfAPolicyAndOnlyLogged(byte[] batch) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        long delay = backoff.delayFor(attempt);
        log.warning("export failed, retrying in " + delay + " ms");
      }
    }
    throw new IOException("gave up");
  }

  void flagsABackoffHelperWhoseResultIsOnlyLogged(byte[] batch) throws IOException {
    int attempt = 0;
    while (attempt < 5) { // tracelint-expect: RetryWithoutBackoff
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        attempt++;
        long backoffMillis = computeBackoff(attempt);
        if (backoffMillis > 10_000L) {
          log.warning("backoff capped");
        }
        log.warning(String.format("attempt %d failed, backing off %d ms", attempt, backoffMillis));
      }
    }
  }

  void flagsANextBackOffOnlyComparedAndLogged(byte[] batch, BackOff policy) throws IOException {
    BackOffExecution execution = policy.start();
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        long next = execution.nextBackOff();
        if (next == BackOffExecution.STOP) {
          throw e;
        }
        log.warning("export failed, next attempt in " + next + " ms");
      }
    }
  }

  void acceptsANextBackOffThatIsSlept(byte[] batch, BackOff policy) throws IOException, InterruptedException {
    BackOffExecution execution = policy.start();
    while (true) {
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        long next = execution.nextBackOff();
        if (next == BackOffExecution.STOP) {
          throw e;
        }
        Thread.sleep(next);
      }
    }
  }

  void acceptsADelayComputedAndSlept(byte[] batch) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        long delay = backoff.delayFor(attempt);
        log.warning("export failed, retrying in " + delay + " ms");
        Thread.sleep(delay);
      }
    }
  }

  void acceptsADelayHandedToAPacer(byte[] batch) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        long delay = computeBackoff(attempt);
        log.warning("retrying in " + delay + " ms");
        hold(delay);
      }
    }
  }

  void acceptsABackoffHelperThatSleeps(byte[] batch) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        long slept = backOffQuietly(attempt);
        log.warning("slept " + slept + " ms before the next attempt");
      }
    }
  }

  void acceptsAWaitHelperCalledForItsEffect(byte[] batch) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        collector.send(batch);
        return;
      } catch (IOException e) {
        log.warning("retrying after a pause");
        backoff.delayFor(attempt);
      }
    }
  }

  private long computeBackoff(int attempt) {
    return Math.min(baseMillis << attempt, 10_000L);
  }

  private long backOffQuietly(int attempt) {
    long delay = baseMillis << attempt;
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return delay;
  }

  private void hold(long millis) {
    java.util.concurrent.locks.LockSupport.parkNanos(millis * 1_000_000L);
  }
}
