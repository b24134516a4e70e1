package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A catch that leaves the decision to go round to a retry algorithm (docs/rules/UnboundedRetry.md, point 6): it hands
 * the algorithm a callback that sets what the loop's condition reads, and the algorithm, which may count attempts and
 * sleep its backoff first, calls it back or gives up. A catch that sets the condition itself still retries at once.
 */
class DecisionHandedToARetryAlgorithm {
  /** Decides after each failure: calls {@code onRetry} (after its backoff) or {@code onGiveUp}. */
  interface RetryContext {
    void recordError(Throwable failure, Runnable onRetry, Consumer<Throwable> onGiveUp);
  }

  interface Metrics {
    void record(Runnable update);
  }

  interface Upload {
    String put(byte[] bytes) throws IOException;
  }

  private RetryContext context;
  private Metrics metrics;
  private Upload upload;

  String acceptsCallbackThatSetsTheLoopCondition(byte[] bytes) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean attemptAgain = new AtomicBoolean(false);
    do {
      attemptAgain.set(false);
      try {
        return upload.put(bytes);
      } catch (IOException e) {
        context.recordError(e, () -> attemptAgain.set(true), failure::set);
      }
    } while (attemptAgain.get());
    throw new IOException("gave up", failure.get());
  }

  String acceptsMethodReferenceThatCountsDown(byte[] bytes) throws IOException {
    AtomicInteger permits = new AtomicInteger(1);
    while (permits.get() > 0) {
      permits.decrementAndGet();
      try {
        return upload.put(bytes);
      } catch (IOException e) {
        context.recordError(e, permits::incrementAndGet, failure -> { });
      }
    }
    return null;
  }

  String flagsCallbackThatOnlyRecordsWhileTheCatchRetriesItself(byte[] bytes) {
    AtomicInteger failures = new AtomicInteger();
    AtomicBoolean attemptAgain = new AtomicBoolean(false);
    do { // tracelint-expect: RetryWithoutBackoff
      attemptAgain.set(false);
      try {
        return upload.put(bytes);
      } catch (IOException e) {
        metrics.record(() -> failures.incrementAndGet());
        attemptAgain.set(failures.get() < 3);
      }
    } while (attemptAgain.get());
    return null;
  }
}
