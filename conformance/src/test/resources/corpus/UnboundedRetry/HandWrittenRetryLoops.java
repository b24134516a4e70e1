package corpus.unboundedretry;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;

/** Hand-written retry loops around an ingest call: which ones nothing bounds. */
class HandWrittenRetryLoops {
  private volatile boolean running = true;

  void post(String batch) throws IOException {}

  void flagsWhileTrue(String batch) {
    while (true) { // tracelint-expect: UnboundedRetry -- This retry loop never gives up while the call keeps failing: limit the attempts, check a deadline or interruption, or rethrow after the last attempt // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        post(batch);
        return;
      } catch (IOException e) {
        System.err.println("export failed, retrying");
      }
    }
  }

  void flagsForEverThatSleeps(String batch) throws InterruptedException {
    for (;;) { // tracelint-expect: UnboundedRetry
      try {
        post(batch);
        break;
      } catch (IOException e) {
        Thread.sleep(1_000);
      }
    }
  }

  void flagsDoWhileTrue(String batch) {
    do { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        System.err.println(e.getMessage());
      }
    } while (true);
  }

  void flagsFlagSetOnlyOnSuccess(String batch) throws InterruptedException {
    boolean sent = false;
    while (!sent) { // tracelint-expect: UnboundedRetry
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        Thread.sleep(500);
      }
    }
  }

  void flagsCounterThatIsNeverCompared(String batch) {
    int attempts = 0;
    while (true) { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        attempts++;
        System.err.println("attempt " + attempts + " failed");
      }
    }
  }

  void acceptsCounterInTheCondition(String batch) throws InterruptedException {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.sleep(200L << attempt);
      }
    }
  }

  void acceptsRethrowAfterTheLastAttempt(String batch) throws IOException, InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        if (++attempt >= 5) {
          throw e;
        }
        Thread.sleep(200L * attempt);
      }
    }
  }

  void acceptsDeadlineCheckedInTheCatch(String batch) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          break;
        }
        Thread.sleep(1_000);
      }
    }
  }

  void acceptsReturnWhenInterrupted(String batch) {
    while (true) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
        sleepQuietly(1_000);
      }
    }
  }

  void acceptsStopFlagField(String batch) throws InterruptedException {
    while (running) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.sleep(1_000);
      }
    }
  }

  void acceptsWorkerTakingJobsInsideTheTry(BlockingQueue<String> batches) {
    while (true) {
      try {
        String batch = batches.take();
        post(batch);
        if (batch.isEmpty()) {
          return;
        }
      } catch (IOException | InterruptedException e) {
        System.err.println("dropped a batch");
      }
    }
  }

  void acceptsCatchThatAlwaysRethrows(String batch) {
    while (true) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        throw new IllegalStateException("export failed", e);
      }
    }
  }

  void acceptsPollingLoopWithoutSuccessExit(String batch) throws InterruptedException {
    while (true) {
      try {
        post(batch);
      } catch (IOException e) {
        System.err.println("heartbeat failed");
      }
      Thread.sleep(10_000);
    }
  }

  void acceptsSleepUntilDoneIdiom(long millis) {
    boolean interrupted = false;
    while (true) {
      try {
        Thread.sleep(millis);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  int acceptsInputLoopReadingTheNextInt(java.util.Scanner in) {
    while (true) {
      try {
        return in.nextInt();
      } catch (java.util.InputMismatchException e) {
        System.out.println("not a number, try again");
      }
    }
  }

  void acceptsGivingUpOnAnItemOfAnOuterLoop(java.util.List<String> batches) {
    next:
    for (String batch : batches) {
      int failures = 0;
      while (true) {
        try {
          post(batch);
          break;
        } catch (IOException e) {
          if (++failures > 3) {
            continue next;
          }
          sleepQuietly(100);
        }
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
