package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** Submits an LLM batch job and a fine-tuning job, then waits for them the way SDK samples do. */
public class RealisticBatchJobPoller {
  enum Status {
    VALIDATING, IN_PROGRESS, FINALIZING, COMPLETED, FAILED, EXPIRED, CANCELLED
  }

  interface BatchJob {
    String id();

    Status status();

    String outputFileId();
  }

  interface BatchApi {
    BatchJob create(String inputFileId, String endpoint) throws IOException;

    BatchJob retrieve(String batchId) throws IOException;
  }

  private final BatchApi batches;
  private final Duration pollInterval;
  private final Duration maxWait;

  RealisticBatchJobPoller(BatchApi batches, Duration pollInterval, Duration maxWait) {
    this.batches = batches;
    this.pollInterval = pollInterval;
    this.maxWait = maxWait;
  }

  /** Waits for the nightly evaluation batch; it is small and "always finishes". */
  public String runNightlyEval(String inputFileId) throws IOException, InterruptedException {
    BatchJob job = batches.create(inputFileId, "/v1/chat/completions");
    while (job.status() == Status.IN_PROGRESS || job.status() == Status.VALIDATING) { // tracelint-expect: UnboundedRetry
      Thread.sleep(pollInterval.toMillis());
      job = batches.retrieve(job.id());
    }
    return job.outputFileId();
  }

  /** The same wait with a deadline in the condition. */
  public String runWithDeadline(String inputFileId) throws IOException, InterruptedException {
    BatchJob job = batches.create(inputFileId, "/v1/embeddings");
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (job.status() != Status.COMPLETED && System.nanoTime() < deadline) {
      if (job.status() == Status.FAILED || job.status() == Status.EXPIRED) {
        throw new IOException("batch " + job.id() + " ended as " + job.status());
      }
      Thread.sleep(pollInterval.toMillis());
      job = batches.retrieve(job.id());
    }
    if (job.status() != Status.COMPLETED) {
      throw new IOException("batch " + job.id() + " did not finish within " + maxWait);
    }
    return job.outputFileId();
  }

  /** Fine-tuning jobs take hours: poll forever in shape, but give up at the deadline inside. */
  public String awaitFineTune(String jobId) throws IOException, InterruptedException {
    Instant giveUpAt = Instant.now().plus(maxWait);
    while (true) {
      BatchJob job = batches.retrieve(jobId);
      switch (job.status()) {
        case COMPLETED:
          return job.outputFileId();
        case FAILED:
        case CANCELLED:
          throw new IOException("fine-tune " + jobId + " " + job.status());
        default:
          break;
      }
      if (Instant.now().isAfter(giveUpAt)) {
        throw new IOException("fine-tune " + jobId + " still running at " + giveUpAt);
      }
      Thread.sleep(pollInterval.toMillis());
    }
  }
}
