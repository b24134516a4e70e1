package corpus.unboundedretry;

import java.time.Duration;
import java.time.Instant;

/**
 * Polling a batch-evaluation job whose status comes back as a record with record-style accessors (`done()`,
 * `state()`), not JavaBean getters: polls with a deadline or an attempt cap, and one that waits for `done()` with no
 * limit at all.
 */
public class RealisticModernRecordStatusPolling {
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  record JobStatus(String id, State state, boolean done, int processed) {}

  interface BatchApi {
    JobStatus submit(String datasetId);

    JobStatus status(String jobId);
  }

  private final BatchApi api;

  public RealisticModernRecordStatusPolling(BatchApi api) {
    this.api = api;
  }

  public JobStatus runWithDeadline(String datasetId, Duration budget) throws InterruptedException {
    Instant deadline = Instant.now().plus(budget);
    JobStatus job = api.submit(datasetId);
    while (!job.done() && Instant.now().isBefore(deadline)) {
      Thread.sleep(2_000);
      job = api.status(job.id());
    }
    return job;
  }

  public JobStatus runWithAttempts(String datasetId, int maxPolls) throws InterruptedException {
    JobStatus job = api.submit(datasetId);
    int polls = 0;
    while (job.state() == State.RUNNING && polls++ < maxPolls) {
      Thread.sleep(1_000);
      job = api.status(job.id());
    }
    return job;
  }

  public JobStatus runUntilStateChanges(String datasetId) throws InterruptedException {
    JobStatus job = api.submit(datasetId);
    while (job.state() == State.RUNNING) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
      job = api.status(job.id());
    }
    return job;
  }

  public JobStatus runUntilDone(String datasetId) throws InterruptedException {
    JobStatus job = api.submit(datasetId);
    while (!job.done()) { // tracelint-expect: UnboundedRetry
      Thread.sleep(5_000);
      job = api.status(job.id());
    }
    return job;
  }
}
