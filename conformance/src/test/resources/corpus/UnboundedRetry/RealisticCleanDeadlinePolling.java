package corpus.unboundedretry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Polling a batch-evaluation job until it finishes, bounded by a deadline and by an attempt count. */
public class RealisticCleanDeadlinePolling {
  enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

  interface JobApi {
    State state(String jobId);
  }

  private final JobApi api;
  private final Clock clock;

  RealisticCleanDeadlinePolling(JobApi api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  public State awaitCompletion(String jobId, Duration timeout) throws TimeoutException, InterruptedException {
    Instant deadline = clock.instant().plus(timeout);
    long pollMillis = 500;
    while (clock.instant().isBefore(deadline)) {
      State state = api.state(jobId);
      if (state == State.SUCCEEDED || state == State.FAILED) {
        return state;
      }
      TimeUnit.MILLISECONDS.sleep(pollMillis);
      pollMillis = Math.min(pollMillis * 2, 10_000);
    }
    throw new TimeoutException("job " + jobId + " did not finish within " + timeout);
  }

  public boolean isDoneWithin(String jobId, int maxPolls) throws InterruptedException {
    int polls = 0;
    State state = api.state(jobId);
    while (state != State.SUCCEEDED && polls++ < maxPolls) {
      Thread.sleep(1_000);
      state = api.state(jobId);
    }
    return state == State.SUCCEEDED;
  }

  public State awaitWithExit(String jobId, Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      State state = api.state(jobId);
      if (state == State.SUCCEEDED || state == State.FAILED) {
        return state;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(jobId);
      }
      Thread.sleep(2_000);
    }
  }
}
