package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;

/**
 * What bounds a retry loop and what does not (docs/rules/UnboundedRetry.md, points 6 to 9): a counter in the
 * condition, a check before the attempt that throws or breaks, a flag the catch sets, a return on interruption bound
 * it; a catch that only breaks out of a nested loop does not. Bounded or not, none of these loops waits.
 */
class LoopBounds {
  void post(String batch) throws IOException {}

  void postInterruptibly(String batch) throws IOException, InterruptedException {}

  void acceptsAttemptCounterInTheCondition(String batch) {
    int attempt = 0;
    while (attempt < 5) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        attempt++;
      }
    }
  }

  void acceptsAttemptCheckThatThrowsBeforeTheTry(String batch) {
    int attempt = 0;
    for (;;) { // tracelint-expect: RetryWithoutBackoff
      if (attempt++ > 5) {
        throw new IllegalStateException("gave up");
      }
      try {
        post(batch);
        return;
      } catch (IOException e) {
        System.err.println(e);
      }
    }
  }

  boolean acceptsDeadlineCheckThatBreaksBeforeTheTry(String batch, long timeoutNanos) {
    long deadline = System.nanoTime() + timeoutNanos;
    for (;;) { // tracelint-expect: RetryWithoutBackoff
      if (System.nanoTime() > deadline) {
        break;
      }
      try {
        post(batch);
        return true;
      } catch (IOException e) {
        System.err.println("export failed");
      }
    }
    return false;
  }

  void acceptsFlagAlsoSetOnFailure(String batch) {
    boolean done = false;
    int failures = 0;
    while (!done) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        done = true;
      } catch (IOException e) {
        if (++failures > 3) {
          done = true;
        }
      }
    }
  }

  // The loop's only way out on failure is an interruption that another thread may never send: unbounded (issue 10;
  // this case was silent before, as acceptsReturnOnInterruption).
  void flagsReturnOnInterruptionOnly(String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        postInterruptibly(batch);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException e) {
        System.err.println(e);
      }
    }
  }

  void acceptsReturnOnInterruptionAndAnAttemptLimit(String batch) {
    int attempt = 0;
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        postInterruptibly(batch);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException e) {
        if (++attempt >= 5) {
          throw new IllegalStateException("gave up after " + attempt + " attempts", e);
        }
      }
    }
  }

  void acceptsLoopOnTheInterruptFlag(String batch) throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.sleep(1_000);
      }
    }
  }

  void flagsSleepInterruptionAsTheOnlyWayOut(String batch) {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        post(batch);
        return;
      } catch (IOException e) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  void flagsCatchThatOnlyBreaksOutOfNestedLoops(String batch, List<String> listeners) {
    while (true) { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        for (String listener : listeners) {
          if (listener.isEmpty()) {
            break;
          }
        }
        inner:
        for (int i = 0; i < 2; i++) {
          continue inner;
        }
      }
    }
  }
}
