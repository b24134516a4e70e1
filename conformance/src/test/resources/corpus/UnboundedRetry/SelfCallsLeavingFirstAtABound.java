package corpus.unboundedretry;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Methods that call themselves to retry after a guard that leaves first once a bound is reached
 * (docs/rules/UnboundedRetry.md, "Methods that call themselves to retry"): {@code if (clock.instant().isAfter(giveUpAt))
 * throw e;} before the self-call bounds it as the same test with the self-call in its {@code else} branch does, and so
 * does a comparison with a field the class counts ({@code if (failures.incrementAndGet() > 5) throw e;}). A guard
 * that reads the same value on every call stays unbounded: a local started afresh each call, a limit nothing counts,
 * or a test of the caught failure, which says which failures, not how many.
 */
class SelfCallsLeavingFirstAtABound {
  interface Outbox {
    void push(String message) throws IOException;
  }

  static class RemoteStatusException extends IOException {
    private static final long serialVersionUID = 1L;

    final int status;

    RemoteStatusException(int status) {
      this.status = status;
    }
  }

  private static final int MAX_REDELIVERIES = 4;

  private final Outbox outbox;
  private final Clock clock;
  private final AtomicInteger failures = new AtomicInteger();
  private final int configuredLimit;
  private int redeliveries;
  private volatile Instant drainUntil = Instant.MAX;

  SelfCallsLeavingFirstAtABound(Outbox outbox, Clock clock, int configuredLimit) {
    this.outbox = outbox;
    this.clock = clock;
    this.configuredLimit = configuredLimit;
  }

  void acceptsPushThatGivesUpAtItsDeadline(String message, Instant giveUpAt)
      throws IOException, InterruptedException {
    try {
      outbox.push(message);
    } catch (IOException e) {
      if (Instant.now().isAfter(giveUpAt)) {
        throw e;
      }
      TimeUnit.MILLISECONDS.sleep(250);
      acceptsPushThatGivesUpAtItsDeadline(message, giveUpAt);
    }
  }

  void acceptsPushThatStopsAfterAFewFailures(String message) throws IOException, InterruptedException {
    try {
      outbox.push(message);
    } catch (IOException e) {
      if (failures.incrementAndGet() > 5) {
        System.err.println("giving up on " + message);
        throw e;
      }
      Thread.sleep(100);
      acceptsPushThatStopsAfterAFewFailures(message);
    }
  }

  boolean acceptsRedeliveryCountedInAPlainField(String message) throws InterruptedException {
    try {
      outbox.push(message);
      redeliveries = 0;
      return true;
    } catch (IOException e) {
      if (++redeliveries >= MAX_REDELIVERIES) {
        return false;
      }
      Thread.sleep(200);
      return acceptsRedeliveryCountedInAPlainField(message);
    }
  }

  void drain(Instant until) {
    drainUntil = until;
  }

  void acceptsPushThatChecksTheDrainDeadlineBeforeEachTry(String message) throws IOException, InterruptedException {
    if (clock.instant().isAfter(drainUntil)) {
      throw new IOException("draining, dropped " + message);
    }
    try {
      outbox.push(message);
    } catch (IOException e) {
      Thread.sleep(500);
      acceptsPushThatChecksTheDrainDeadlineBeforeEachTry(message);
    }
  }

  void acceptsPushLeavingOnAFatalStatusOrTooManyFailures(String message) throws IOException, InterruptedException {
    try {
      outbox.push(message);
    } catch (RemoteStatusException e) {
      if (e.status == 400 || failures.incrementAndGet() > 5) {
        throw e;
      }
      Thread.sleep(100);
      acceptsPushLeavingOnAFatalStatusOrTooManyFailures(message);
    }
  }

  void flagsPushTimedFromALocalStart(String message) throws IOException, InterruptedException {
    long startedAt = System.currentTimeMillis();
    try {
      outbox.push(message);
    } catch (IOException e) {
      if (System.currentTimeMillis() - startedAt > 10_000) {
        throw e;
      }
      Thread.sleep(250);
      flagsPushTimedFromALocalStart(message); // tracelint-expect: UnboundedRetry
    }
  }

  void flagsPushLeavingOnlyForServerErrors(String message) throws IOException, InterruptedException {
    try {
      outbox.push(message);
    } catch (RemoteStatusException e) {
      if (e.status >= 500) {
        throw e;
      }
      Thread.sleep(250);
      flagsPushLeavingOnlyForServerErrors(message); // tracelint-expect: UnboundedRetry
    }
  }

  void flagsPushWhoseGuardComparesALimitNothingCounts(String message) throws IOException, InterruptedException {
    try {
      outbox.push(message);
    } catch (IOException e) {
      if (configuredLimit < 1) {
        throw e;
      }
      Thread.sleep(250);
      flagsPushWhoseGuardComparesALimitNothingCounts(message); // tracelint-expect: UnboundedRetry
    }
  }
}
