package corpus.unboundedretry;

import com.amazonaws.xray.entities.Subsegment;
import io.opentelemetry.api.trace.Span;
import io.sentry.IScopes;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retry loops whose catch hands the failure to a handler, which may give up and may wait (the exception itself is an
 * argument: {@code onError(e)}, {@code onFailure((e))}, {@code completeExceptionally(e)}), loops that only report it
 * (a log helper, the span, Sentry, X-Ray, a fluent logger's cause, {@code e.printStackTrace()}), and loops bounded by
 * ending the process ({@code System.exit}, {@code Runtime#exit}, {@code Runtime#halt}; a method named {@code exit} on
 * another type ends nothing).
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

  interface FailureListener {
    void onFailure(IOException failure);
  }

  interface RetryListener {
    void onRetry(int attempt, IOException failure);
  }

  interface Ui {
    void exit(int status);
  }

  private FailurePolicy policy;

  // a decorator in the style of Resilience4j: the context counts, waits and rethrows
  String acceptsFailureHandedToTheContext(AttemptContext context, Uploader uploader, String batch) throws Exception {
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

  void acceptsFailureHandedToAnErrorHandlerAfterLogging(
      Uploader uploader, String batch, Consumer<Exception> errorHandler) {
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

  String acceptsRecursionAfterHandingTheFailureToAPolicy(Uploader uploader, String batch) throws IOException {
    try {
      return uploader.upload(batch);
    } catch (IOException e) {
      policy.handle(e);
      return acceptsRecursionAfterHandingTheFailureToAPolicy(uploader, batch);
    }
  }

  void flagsFailureOnlyLogged(Uploader uploader, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        logFailure(e);
      }
    }
  }

  void flagsFailureOnlyRecordedOnTheSpan(Uploader uploader, String batch, Span span) {
    for (;;) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        break;
      } catch (IOException e) {
        span.recordException(e);
      }
    }
  }

  void flagsHandlerNamedCallInsideALoggingCall(Uploader uploader, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        log.warn(summary(e));
      }
    }
  }

  void acceptsSystemExitAfterTooManyFailures(Uploader uploader, String batch) throws InterruptedException {
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

  void acceptsRuntimeExitInTheCatch(Uploader uploader, String batch) {
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

  void acceptsParenthesizedFailureHandedToAListener(Uploader uploader, String batch, FailureListener failures) {
    for (;;) {
      try {
        uploader.upload(batch);
        break;
      } catch (IOException e) {
        failures.onFailure((e));
      }
    }
  }

  void acceptsFailureHandedToARetryListener(Uploader uploader, String batch, RetryListener listener) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        listener.onRetry(attempt, e);
      }
    }
  }

  void acceptsFailureHandedToARethrowingHelper(Uploader uploader, String batch) {
    while (true) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        throwIfFatal(e);
      }
    }
  }

  void acceptsFailureCompletingAFuture(Uploader uploader, String batch, CompletableFuture<Void> done) {
    while (true) {
      try {
        uploader.upload(batch);
        done.complete(null);
        return;
      } catch (IOException e) {
        done.completeExceptionally(e);
      }
    }
  }

  void flagsFailureAsTheReceiverOnly(Uploader uploader, String batch) {
    for (;;) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        e.printStackTrace();
      }
    }
  }

  void flagsFailureGivenAsAFluentLoggersCause(Uploader uploader, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        log.atWarn().setCause(e).log("upload failed");
      }
    }
  }

  void flagsFailureAddedToAnXraySubsegment(Uploader uploader, String batch, Subsegment subsegment) {
    for (;;) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        subsegment.addException(e);
      }
    }
  }

  void flagsFailureCapturedBySentry(Uploader uploader, String batch, IScopes sentry) {
    for (int attempt = 1; attempt <= 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        sentry.captureException(e);
      }
    }
  }

  void acceptsHaltInTheCatch(Uploader uploader, String batch) {
    for (;;) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        System.err.println("cannot upload, halting");
        Runtime.getRuntime().halt(2);
      }
    }
  }

  void acceptsSystemExitInTheCatchAfterTooManyFailures(Uploader uploader, String batch) {
    int failures = 0;
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        if (++failures > 3) {
          System.exit(3);
        }
      }
    }
  }

  void flagsExitMethodOfAnotherType(Uploader uploader, String batch, Ui ui) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        ui.exit(1);
      }
    }
  }

  void flagsFailureHandedToAHelperThatOnlyLogs(Uploader uploader, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        handle(e);
      }
    }
  }

  void flagsFailureHandedToAHelperThatLogsThroughAnother(Uploader uploader, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        onUploadFailure(e, batch);
      }
    }
  }

  void acceptsFailureHandedToAHelperThatMayExit(Uploader uploader, String batch) {
    while (true) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        handleOrQuit(e);
      }
    }
  }

  void acceptsFailureHandedToAHelperThatPassesItOn(Uploader uploader, String batch, FailurePolicy policy) {
    while (true) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        handleWith(policy, e);
      }
    }
  }

  void acceptsFailureHandedToAnOverridableHelper(Uploader uploader, String batch) {
    while (true) {
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        handleFailure(e);
      }
    }
  }

  private void handle(IOException e) {
    log.warn("upload failed: {}", e.getMessage(), e);
  }

  private void onUploadFailure(IOException e, String batch) {
    handle(e);
    e.printStackTrace();
    System.err.println("batch " + batch + " failed: " + e);
  }

  private void handleOrQuit(IOException e) {
    log.error("upload failed", e);
    if (e instanceof FileNotFoundException) {
      System.exit(2);
    }
  }

  private void handleWith(FailurePolicy policy, IOException e) {
    log.warn("upload failed", e);
    policy.handle(e);
  }

  /** A subclass may override it to give up. */
  protected void handleFailure(IOException e) {
    log.warn("upload failed", e);
  }

  private static void throwIfFatal(IOException e) {
    if (e instanceof FileNotFoundException) {
      throw new UncheckedIOException(e);
    }
  }

  private static void logFailure(IOException e) {
    log.warn("upload failed", e);
  }

  void flagsMissingFileRetriedForeverBesideARethrow(Uploader uploader, String batch) throws IOException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (FileNotFoundException e) {
        log.warn("spool file not there yet", e);
      } catch (IOException e) {
        throw e;
      }
    }
  }

  void acceptsEveryCatchThatGoesRoundBounded(Uploader uploader, String batch)
      throws IOException, InterruptedException {
    int misses = 0;
    while (true) {
      try {
        uploader.upload(batch);
        return;
      } catch (FileNotFoundException e) {
        if (++misses > 5) {
          throw e;
        }
        log.warn("spool file not there yet", e);
        Thread.sleep(200L * misses);
      } catch (IOException e) {
        throw e;
      }
    }
  }

  private static String summary(IOException e) {
    return e.getClass().getSimpleName();
  }
}
