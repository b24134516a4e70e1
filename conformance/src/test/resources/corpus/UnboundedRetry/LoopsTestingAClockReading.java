package corpus.unboundedretry;

import java.time.Duration;
import java.time.Instant;

/**
 * Loops whose condition tests a local the loop sets from a clock ({@code remaining = Duration.between(Instant.now(),
 * end)}): that local is the loop's deadline, not a result it polls. A sleep until a deadline polls nothing; a poll of
 * a job that also tests such a deadline is bounded by it (UnboundedRetry silent), and still owes a wait between polls
 * (RetryWithoutBackoff). A local set from the job's answer is a poll, not a deadline.
 */
class LoopsTestingAClockReading {
  interface Jobs {
    boolean isDone(String jobId);

    Duration remainingTime(String jobId);
  }

  private final Jobs jobs;

  LoopsTestingAClockReading(Jobs jobs) {
    this.jobs = jobs;
  }

  static void acceptsASleepUntilADeadline(Duration duration) throws InterruptedException {
    Instant end = Instant.now().plus(duration);
    Duration remaining = duration;
    do {
      Thread.sleep(remaining.toMillis());
      remaining = Duration.between(Instant.now(), end);
    } while (!remaining.isNegative());
  }

  boolean acceptsAPollUntilDoneOrADeadlineWithASleep(String jobId, Duration budget) throws InterruptedException {
    Instant end = Instant.now().plus(budget);
    boolean done = false;
    Duration remaining = budget;
    while (!done && !remaining.isNegative()) {
      Thread.sleep(500);
      done = jobs.isDone(jobId);
      remaining = Duration.between(Instant.now(), end);
    }
    return done;
  }

  boolean flagsAPollUntilDoneOrADeadlineWithoutAWait(String jobId, Duration budget) {
    Instant end = Instant.now().plus(budget);
    boolean done = false;
    Duration remaining = budget;
    while (!done && !remaining.isNegative()) { // tracelint-expect: RetryWithoutBackoff
      done = jobs.isDone(jobId);
      remaining = Duration.between(Instant.now(), end);
    }
    return done;
  }

  void flagsARemainingTimeTheJobReports(String jobId) {
    Duration remaining = jobs.remainingTime(jobId);
    while (!remaining.isZero()) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      remaining = jobs.remainingTime(jobId);
    }
  }
}
