package corpus.unboundedretry;

import io.opentelemetry.api.trace.Span;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retry loops whose catch hands the failure to a handler (which may give up and may wait), loops that only report the
 * failure, and loops bounded by ending the process.
 */
class FailureHandlersAndExits {
  private static final Logger log = LoggerFactory.getLogger(FailureHandlersAndExits.class);

  interface AttemptContext {
    boolean needsAnotherAttempt(String result);
    void onError(Exception failure) throws Exception;
  }

  interface Uploader {
    String upload(String batch) throws IOException;
  }

  interface FailurePolicy {
    void handle(IOException failure);
  }

  private FailurePolicy policy;

  // a decorator in the style of Resilience4j: the context counts, waits and rethrows
  String decorated(AttemptContext context, Uploader uploader, String batch) throws Exception {
    do {
      try {
        String result = uploader.upload(batch);
        if (!context.needsAnotherAttempt(result)) {
          return result;
        }
      } catch (Exception failure) {
        context.onError(failure);
      }
    } while (true);
  }

  void withErrorHandler(Uploader uploader, String batch, Consumer<Exception> errorHandler) {
    while (true) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        log.debug("upload failed");
        errorHandler.accept(e);
      }
    }
  }

  String recursiveWithPolicy(Uploader uploader, String batch) throws IOException {
    try {
      return uploader.upload(batch);
    } catch (IOException e) {
      policy.handle(e);
      return recursiveWithPolicy(uploader, batch);
    }
  }

  void onlyLogged(Uploader uploader, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        logFailure(e);
      }
    }
  }

  void onlyRecordedOnTheSpan(Uploader uploader, String batch, Span span) {
    for (;;) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        break;
      } catch (IOException e) {
        span.recordException(e);
      }
    }
  }

  void onlyPrintedWithAHandlerNamedFormatter(Uploader uploader, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        log.warn(summary(e));
      }
    }
  }

  void exitsAfterTooManyFailures(Uploader uploader, String batch) throws InterruptedException {
    int failures = 0;
    while (true) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        failures++;
      }
      if (failures > 20) {
        System.exit(2);
      }
      Thread.sleep(1000);
    }
  }

  void exitsInTheCatchButRetriesAtOnce(Uploader uploader, String batch) {
    int failures = 0;
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        if (++failures > 3) {
          Runtime.getRuntime().exit(2);
        }
      }
    }
  }

  private static void logFailure(IOException e) {
    log.warn("upload failed", e);
  }

  private static String summary(IOException e) {
    return e.getClass().getSimpleName();
  }
}
