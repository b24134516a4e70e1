package corpus.unboundedretry;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Drains that put a failed batch back where the next turn takes from: while the batch keeps failing, the next turn
 * takes it again and the queue never empties, pause or no pause. A drain stopped by a flag or a deadline, one that
 * counts each batch's failures and sets it aside, or one that stops at the first failure ends.
 */
class BatchesRequeuedAtTheHeadForever {
  interface Shipper {
    void ship(List<String> batch) throws IOException;
  }

  private static final Logger log = Logger.getLogger("requeue");
  private final Shipper shipper;
  private final Deque<List<String>> backlog = new ArrayDeque<>();
  private final BlockingDeque<List<String>> outbox = new LinkedBlockingDeque<>();
  private final Map<List<String>, Integer> failures = new HashMap<>();
  private volatile boolean open = true;

  BatchesRequeuedAtTheHeadForever(Shipper shipper) {
    this.shipper = shipper;
  }

  void flagsADrainThatPausesBeforeTakingTheSameBatch() throws InterruptedException {
    while (!backlog.isEmpty()) { // tracelint-expect: UnboundedRetry
      List<String> batch = backlog.pollFirst();
      try {
        shipper.ship(batch);
      } catch (IOException e) {
        log.warning("shipping failed, keeping the batch first in line");
        backlog.addFirst(batch);
        Thread.sleep(2_000);
      }
    }
  }

  void flagsAnEndlessTakerThatPutsTheBatchBackFirst() throws InterruptedException {
    for (;;) { // tracelint-expect: UnboundedRetry
      List<String> batch = outbox.takeFirst();
      try {
        shipper.ship(batch);
      } catch (IOException e) {
        outbox.putFirst(batch);
        TimeUnit.SECONDS.sleep(1);
      }
    }
  }

  void flagsATimedTakeUntilTheQueueRunsDry() throws InterruptedException {
    List<String> batch;
    while ((batch = outbox.pollFirst(500, TimeUnit.MILLISECONDS)) != null) { // tracelint-expect: UnboundedRetry
      try {
        shipper.ship(batch);
      } catch (IOException e) {
        outbox.offerFirst(batch);
      }
    }
  }

  void acceptsADrainStoppedByAFlag() throws InterruptedException {
    while (open) {
      List<String> batch = outbox.takeFirst();
      try {
        shipper.ship(batch);
      } catch (IOException e) {
        outbox.putFirst(batch);
        Thread.sleep(1_000);
      }
    }
  }

  void acceptsADrainWithADeadline(Instant stopAt) throws InterruptedException {
    while (!backlog.isEmpty() && Instant.now().isBefore(stopAt)) {
      List<String> batch = backlog.pollFirst();
      try {
        shipper.ship(batch);
      } catch (IOException e) {
        backlog.addFirst(batch);
        Thread.sleep(500);
      }
    }
  }

  void acceptsABatchSetAsideAfterAFewFailures() throws InterruptedException {
    while (!backlog.isEmpty()) {
      List<String> batch = backlog.pollFirst();
      try {
        shipper.ship(batch);
        failures.remove(batch);
      } catch (IOException e) {
        if (failures.merge(batch, 1, Integer::sum) < 4) {
          backlog.addFirst(batch);
          Thread.sleep(500);
        } else {
          log.severe("dropping a batch after four failures");
        }
      }
    }
  }

  void acceptsADrainThatStopsAtTheFirstFailure() {
    while (!backlog.isEmpty()) {
      List<String> batch = backlog.pollFirst();
      try {
        shipper.ship(batch);
      } catch (IOException e) {
        backlog.addFirst(batch);
        return;
      }
    }
  }

  void acceptsATimedTakeWhileTheOutboxIsOpen() {
    while (open) {
      try {
        List<String> batch = outbox.pollFirst(1, TimeUnit.SECONDS);
        if (batch != null) {
          ship(batch);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void ship(List<String> batch) {
    try {
      shipper.ship(batch);
    } catch (IOException e) {
      log.warning("dropping a batch: " + e.getMessage());
    }
  }
}
