package corpus.unboundedretry;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A loop whose condition asks the remote side itself whether something is ready (UnboundedRetry, "Polling and
 * result-checked loops"): {@code while (!client.isReady(id)) sleep(..)} repeats the question until the other side says
 * yes, as a loop re-fetching a local result does. A deadline, an attempt cap, an exit in the body or a stop flag bound
 * it; a local future, {@code awaitTermination}, compare-and-set and lock spins are no polls of a remote side.
 */
class PollingReadinessQueries {
  enum JobStatus { QUEUED, RUNNING, DONE, FAILED }

  interface JobClient {
    boolean isReady(String id);

    boolean isComplete(String jobId);

    boolean isRunning(String jobId);

    boolean isAvailable(String indexName);

    JobStatus getStatus(String id);

    String getState(String batchId);
  }

  private final JobClient client;
  private volatile boolean running = true;

  PollingReadinessQueries(JobClient client) {
    this.client = client;
  }

  void flagsSleepingUntilTheClientSaysReady(String id) throws InterruptedException {
    while (!client.isReady(id)) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Thread.sleep(500);
    }
  }

  void flagsWaitingForARemoteJobToComplete(String jobId) throws InterruptedException {
    while (!client.isComplete(jobId)) { // tracelint-expect: UnboundedRetry
      TimeUnit.SECONDS.sleep(2);
    }
  }

  void flagsWaitingWhileTheRemoteJobIsRunning(String jobId) throws InterruptedException {
    while (client.isRunning(jobId)) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
    }
  }

  void flagsPollingAStatusReadByIdUntilDone(String id) throws InterruptedException {
    while (client.getStatus(id) != JobStatus.DONE) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
    }
  }

  void flagsPollingAStateStringUntilSucceeded(String batchId) throws InterruptedException {
    while (!"SUCCEEDED".equals(client.getState(batchId))) { // tracelint-expect: UnboundedRetry
      Thread.sleep(5_000);
    }
  }

  void flagsAnIndexPolledAfterEachWait(String indexName) throws InterruptedException {
    do { // tracelint-expect: UnboundedRetry
      Thread.sleep(250);
    } while (!client.isAvailable(indexName));
  }

  void flagsAnEndlessLoopLeftOnlyWhenReady(String id) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry
      if (client.isReady(id)) {
        return;
      }
      Thread.sleep(500);
    }
  }

  void acceptsAReadinessPollWithADeadline(String id, long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    while (!client.isReady(id) && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
  }

  void acceptsAReadinessPollWithAnAttemptCap(String id) throws InterruptedException {
    int attempts = 0;
    while (attempts++ < 30 && !client.isReady(id)) {
      Thread.sleep(500);
    }
  }

  void acceptsAPollThatGivesUpInItsBody(String jobId) throws InterruptedException {
    int attempts = 0;
    while (!client.isComplete(jobId)) {
      if (++attempts > 20) {
        throw new IllegalStateException("job " + jobId + " did not complete");
      }
      Thread.sleep(1_000);
    }
  }

  void acceptsAPollStoppedByAFieldFlag(String id) throws InterruptedException {
    while (running && !client.isReady(id)) {
      Thread.sleep(500);
    }
  }

  void acceptsALocalFutureWaitedWithATimeout(CompletableFuture<String> reply) throws Exception {
    CompletableFuture<String> future = reply.thenApply(String::trim);
    while (!future.isDone()) {
      try {
        future.get(1, TimeUnit.SECONDS);
      } catch (TimeoutException stillWaiting) {
        Thread.onSpinWait();
      }
    }
  }

  void acceptsWaitingForAnExecutorToTerminate(ExecutorService executor) throws InterruptedException {
    executor.shutdown();
    while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
      Thread.onSpinWait();
    }
  }

  void acceptsACompareAndSetSpin(AtomicLong highWater, long seen) {
    long current = highWater.get();
    while (current < seen && !highWater.compareAndSet(current, seen)) {
      current = highWater.get();
    }
  }

  void acceptsALockAttemptLoop(ReentrantLock lock) throws InterruptedException {
    while (!lock.tryLock(1, TimeUnit.SECONDS)) {
      Thread.onSpinWait();
    }
    lock.unlock();
  }

  void acceptsAnEventLoopUntilTheJobIsDone(String jobId, BlockingQueue<String> events) throws InterruptedException {
    while (client.isRunning(jobId)) {
      String event = events.take();
      handle(event);
    }
  }

  private void handle(String event) {
    running = !event.isEmpty();
  }

  void acceptsAHelperOfTheClassAsked(String id) throws InterruptedException {
    while (!isWarm(id)) {
      Thread.sleep(100);
    }
  }

  private boolean isWarm(String id) {
    return id.isEmpty() || running;
  }
}
