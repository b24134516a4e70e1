package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import reactor.core.publisher.Mono;

/**
 * Self-calls whose failure handler checks a stop flag first (docs/rules/UnboundedRetry.md, "Methods that call
 * themselves to retry"): a boolean field that another path of the object raises ({@code expired = true} once the
 * transaction's time is up, {@code closed = true} in {@code close()}), as a loop on a field flag runs until it is
 * raised. A handler with no such test, or one that tests a setting nothing raises, retries for as long as the failure
 * lasts.
 */
class SelfCallsStoppedByAFlag {
  interface Store {
    Mono<String> stage(String key, String value);

    String read(String key) throws IOException;
  }

  static class AmbiguousResultException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private final Store store;
  private final boolean retryEnabled;
  private volatile boolean expired;
  private volatile boolean closed;

  SelfCallsStoppedByAFlag(Store store, boolean retryEnabled) {
    this.store = store;
    this.retryEnabled = retryEnabled;
  }

  void checkExpiry(long deadlineNanos) {
    if (System.nanoTime() > deadlineNanos) {
      expired = true;
    }
  }

  void close() {
    closed = true;
  }

  Mono<String> acceptsAStageRetriedUntilTheTransactionExpires(String key, String value) {
    return store.stage(key, value).onErrorResume(err -> {
      if (expired) {
        return Mono.error(new IllegalStateException("transaction expired", err));
      } else if (err instanceof AmbiguousResultException) {
        return Mono.delay(Duration.ofMillis(50)).then(acceptsAStageRetriedUntilTheTransactionExpires(key, value));
      }
      return Mono.error(err);
    });
  }

  String acceptsAReadRetriedUntilClosed(String key) throws IOException {
    try {
      return store.read(key);
    } catch (IOException e) {
      if (closed) {
        throw e;
      }
      LockSupport.parkNanos(100_000_000L);
      return acceptsAReadRetriedUntilClosed(key);
    }
  }

  String flagsAReadRetriedAfterEveryFailure(String key) throws IOException {
    try {
      return store.read(key);
    } catch (IOException e) {
      System.err.println("read failed: " + e.getMessage());
      return flagsAReadRetriedAfterEveryFailure(key); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  String flagsAReadRetriedWhileASettingAllowsIt(String key) throws IOException {
    try {
      return store.read(key);
    } catch (IOException e) {
      if (!retryEnabled) {
        throw e;
      }
      return flagsAReadRetriedWhileASettingAllowsIt(key); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }
}
