package corpus.unboundedretry;

import java.io.IOException;

/**
 * Flag loops whose flag says "go round again" (docs/rules/UnboundedRetry.md, point 7): a catch that sets the flag to
 * the value that keeps the loop going ({@code retry = true;} in {@code do { .. } while (retry)}) retries, it does not
 * leave; the flag set to its stop value at the top of each round ({@code retry = false;}) is the success exit. A
 * catch that sets the stop value, or a value it computes, leaves the loop.
 */
class LoopFlagsResetEachRound {
  interface Ingest {
    void send(String batch) throws IOException;

    boolean isRetriable(IOException e);
  }

  private Ingest ingest;

  void flagsRetryFlagResetEachRound(String batch) {
    boolean retry;
    do { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      retry = false;
      try {
        ingest.send(batch);
      } catch (IOException e) {
        retry = true;
      }
    } while (retry);
  }

  void flagsPendingFlagKeptUpByTheCatch(String batch) {
    boolean pending = true;
    while (pending) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        ingest.send(batch);
        pending = false;
      } catch (IOException e) {
        pending = true;
      }
    }
  }

  void flagsDoneFlagSetBackToFalseInTheCatch(String batch) {
    boolean done = false;
    while (!done) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        ingest.send(batch);
        done = true;
      } catch (IOException e) {
        System.err.println("send failed: " + e);
        done = false;
      }
    }
  }

  void flagsResetFlagWithAnAttemptCapButNoWait(String batch) {
    boolean retry;
    int attempts = 0;
    do { // tracelint-expect: RetryWithoutBackoff
      retry = false;
      try {
        ingest.send(batch);
      } catch (IOException e) {
        retry = ++attempts < 3;
      }
    } while (retry);
  }

  void acceptsResetFlagWithACapAndAWait(String batch) throws InterruptedException {
    boolean retry;
    int attempts = 0;
    do {
      retry = false;
      try {
        ingest.send(batch);
      } catch (IOException e) {
        retry = true;
        Thread.sleep(200L << attempts);
      }
    } while (retry && ++attempts < 5);
  }

  void acceptsCatchThatGivesUpThroughTheFlag(String batch) {
    boolean retry;
    do {
      retry = false;
      try {
        ingest.send(batch);
      } catch (IOException e) {
        System.err.println("dropping batch: " + e);
        retry = false;
      }
    } while (retry);
  }

  void acceptsFlagThatStopsOnTheCatchesDecision(String batch) throws InterruptedException {
    boolean retry = true;
    while (retry) {
      try {
        ingest.send(batch);
        retry = false;
      } catch (IOException e) {
        retry = ingest.isRetriable(e);
        Thread.sleep(500);
      }
    }
  }

  void acceptsFlagSetOnlyByTheSuccessPath(String batch) {
    boolean sent = false;
    while (!sent) {
      try {
        ingest.send(batch);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      sent = true;
    }
  }

  void acceptsResetFlagLoopThatWaits(String batch) throws InterruptedException {
    boolean retry;
    do {
      retry = false;
      try {
        ingest.send(batch);
      } catch (IOException e) {
        retry = true;
        Thread.sleep(1_000);
      }
    } while (retry && !Thread.currentThread().isInterrupted());
  }
}
