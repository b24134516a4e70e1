package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Waiting for a provider's batch job (an offline evaluation of thousands of prompts): the job is polled until it says
 * completed. Without a deadline a job stuck in "validating" keeps the CLI waiting forever.
 */
public class RealisticAppLongRunningEvalJobPoll {
  record BatchJob(String id, String status, String outputFileId) {
    boolean isTerminal() {
      return "completed".equals(status) || "failed".equals(status) || "expired".equals(status);
    }
  }

  interface BatchApi {
    BatchJob retrieve(String batchId) throws IOException;
  }

  private final BatchApi api;

  public RealisticAppLongRunningEvalJobPoll(BatchApi api) {
    this.api = api;
  }

  public BatchJob awaitCompletion(String batchId) throws IOException, InterruptedException {
    BatchJob job = api.retrieve(batchId);
    while (!"completed".equals(job.status())) { // tracelint-expect: UnboundedRetry
      Thread.sleep(10_000);
      job = api.retrieve(job.id());
    }
    return job;
  }

  public BatchJob awaitCompletionBefore(String batchId, Duration budget) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(budget);
    BatchJob job = api.retrieve(batchId);
    while (!"completed".equals(job.status()) && Instant.now().isBefore(deadline)) {
      Thread.sleep(10_000);
      job = api.retrieve(job.id());
    }
    return job;
  }

  public BatchJob awaitWithPollLimit(String batchId, int maxPolls) throws IOException, InterruptedException {
    BatchJob job = api.retrieve(batchId);
    int polls = 0;
    while (!job.isTerminal()) {
      if (++polls > maxPolls) {
        throw new IOException("batch " + batchId + " still " + job.status() + " after " + polls + " polls");
      }
      Thread.sleep(Duration.ofSeconds(15).toMillis());
      job = api.retrieve(job.id());
    }
    return job;
  }

  public BatchJob awaitUntilInterrupted(String batchId) throws IOException, InterruptedException {
    BatchJob job = api.retrieve(batchId);
    while (!"completed".equals(job.status()) && !Thread.currentThread().isInterrupted()) {
      Thread.sleep(10_000);
      job = api.retrieve(job.id());
    }
    return job;
  }
}
