package corpus.unboundedretry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Retry loops whose attempt checks the count of failed rounds itself, before it tries again: an exit under a
 * comparison of a variable the loop counts bounds the loop, wherever in the attempt it stands. A sender that starts
 * the count again for each new batch it takes still gives each batch a bounded number of tries. A comparison of
 * something the loop does not count, or a count that is only compared in a message, bounds nothing. Every loop here
 * sleeps between rounds, so only the bound is in question.
 */
class AttemptsThatCheckTheirCount {
  interface Collector {
    void send(List<String> batch) throws IOException;

    boolean hasPending();
  }

  private final Object lock = new Object();
  private final Collector collector;
  private final int maxTries;
  private final int maxBatchSize = 500;
  private List<String> queued = new ArrayList<>();

  AttemptsThatCheckTheirCount(Collector collector, int maxTries) {
    this.collector = collector;
    this.maxTries = maxTries;
  }

  void acceptsACountCheckedFirstInTheAttempt(List<String> batch) throws InterruptedException {
    int tries = 0;
    while (true) {
      try {
        if (tries >= maxTries) {
          return;
        }
        collector.send(batch);
        return;
      } catch (IOException e) {
        tries++;
        Thread.sleep(1_000L * tries);
      }
    }
  }

  void acceptsACountThatBreaksOutOfTheLoop(List<String> batch) throws InterruptedException {
    int failures = 0;
    while (true) {
      try {
        if (failures > maxTries) {
          break;
        }
        collector.send(batch);
        break;
      } catch (IOException e) {
        failures += 1;
        Thread.sleep(500);
      }
    }
  }

  void acceptsACountStartedAgainForEachNewBatch() throws InterruptedException {
    int currentTry = 1;
    while (true) {
      try {
        Thread.sleep(1_000);
        List<String> batch = null;
        synchronized (lock) {
          if (!queued.isEmpty()) {
            batch = queued;
            queued = new ArrayList<>();
            currentTry = 1;
          }
          if (batch == null && (!collector.hasPending() || currentTry > maxTries)) {
            return;
          }
        }
        collector.send(batch);
      } catch (IOException e) {
        currentTry++;
      }
    }
  }

  void flagsAComparisonOfSomethingNotCounted(List<String> batch) throws InterruptedException {
    int tries = 0;
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        if (batch.size() > maxBatchSize) {
          return;
        }
        collector.send(batch);
        return;
      } catch (IOException e) {
        tries++;
        Thread.sleep(1_000);
      }
    }
  }

  void flagsACountComparedOnlyForAMessage(List<String> batch) throws InterruptedException {
    int tries = 0;
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        if (tries > maxTries) {
          System.err.println("still failing after " + tries + " tries");
        }
        collector.send(batch);
        return;
      } catch (IOException e) {
        tries++;
        Thread.sleep(1_000);
      }
    }
  }

  void flagsAnExitOnlyWhenNothingIsPending() throws InterruptedException {
    int tries = 0;
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        if (!collector.hasPending()) {
          return;
        }
        collector.send(List.of("pending"));
      } catch (IOException e) {
        tries++;
        Thread.sleep(1_000L * Math.min(tries, 30));
      }
    }
  }
}
