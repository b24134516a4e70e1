package corpus.unboundedretry;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trace shipper that resubmits a failed batch to its scheduler instead of blocking: every resubmission carries
 * its attempt number and gives up after a few; a blocking variant bounds its loop with a deadline.
 */
public class RealisticAsyncScheduledResubmission {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncScheduledResubmission.class);
  private static final int MAX_ATTEMPTS = 5;

  interface BatchSender {
    CompletableFuture<Void> send(byte[] batch);
  }

  private final BatchSender sender;
  private final ScheduledExecutorService scheduler;

  RealisticAsyncScheduledResubmission(BatchSender sender, ScheduledExecutorService scheduler) {
    this.sender = sender;
    this.scheduler = scheduler;
  }

  public void ship(byte[] batch, int attempt) {
    sender.send(batch).whenComplete((ok, error) -> {
      if (error == null) {
        return;
      }
      if (attempt >= MAX_ATTEMPTS) {
        log.warn("dropping a trace batch of {} bytes after {} attempts", batch.length, attempt, error);
        return;
      }
      long delayMillis = Math.min(30_000L, 500L << attempt);
      scheduler.schedule(() -> ship(batch, attempt + 1), delayMillis, TimeUnit.MILLISECONDS);
    });
  }

  public boolean shipAndWait(byte[] batch, long budgetMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
    while (System.nanoTime() < deadline) {
      try {
        sender.send(batch).get(2, TimeUnit.SECONDS);
        return true;
      } catch (ExecutionException | TimeoutException e) {
        log.debug("trace batch not accepted yet: {}", e.toString());
        Thread.sleep(250);
      }
    }
    return false;
  }

  public CompletableFuture<Void> shipAll(Iterable<byte[]> batches) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (byte[] batch : batches) {
      chain = chain.thenCompose(previous -> sender.send(batch))
          .exceptionally(error -> {
            log.warn("skipping a trace batch: {}", error.toString());
            return null;
          });
    }
    return chain;
  }
}
