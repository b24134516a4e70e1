package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Retries whose attempt itself waits (docs/rules/RetryWithoutBackoff.md, "Attempts that wait"): the attempt makes a
 * call given a time budget (a {@code Duration}, a {@code TimeUnit}, a timer, an argument named like a timeout) and
 * or the attempt calls a helper of the file that makes a timed wait, however deep; and
 * the catch catches only that budget running out ({@code TimeoutException}, or a failure the client reports as
 * retriable after retrying within the budget). Each round has already waited, so the loop is paced. A call that fails
 * fast (a connection error, an {@code IOException}) waited for nothing and is still flagged, with or without a timeout
 * argument or a timeout configured on the client.
 */
class LoopAttemptsThatWait {
  /** A countdown handed to calls as their budget, like a client library's timer type. */
  interface Timer {
    long remainingMs();

    boolean notExpired();

    void update();
  }

  interface Clock {
    Timer timer(long millis);
  }

  static final class CommitFailedRetriableException extends RuntimeException {}

  interface Consumer {
    void commitSync(Map<String, Long> offsets, Duration timeout);

    void commitSync(Map<String, Long> offsets);
  }

  interface HttpApi {
    String get(String url, Duration timeout) throws IOException;

    String get(String url) throws IOException, TimeoutException;
  }

  /** Waits on a future for at most the timer's remaining time; another class, so not a helper of this one. */
  static final class Results {
    static <T> T resultOf(Future<T> future, Timer timer) throws TimeoutException {
      return null;
    }

    static <T> T resultOf(Future<T> future, long timeoutMs) throws TimeoutException {
      return null;
    }
  }

  private Clock clock;
  private Consumer consumer;
  private HttpApi api;
  private Duration commitTimeout = Duration.ofSeconds(5);
  private int maxCommitRetries = 3;

  boolean hasEvents() {
    return false;
  }

  <T> T acceptsTimeoutOfAWaitGivenATimer(Future<T> future, Timer overall) {
    do {
      try {
        if (!hasEvents()) {
          Timer slice = clock.timer(100L);
          return Results.resultOf(future, slice);
        }
      } catch (TimeoutException e) {
        // the slice ran out: look at the events again until the overall timer expires
      } finally {
        overall.update();
      }
    } while (overall.notExpired());
    return null;
  }

  <T> T acceptsTimeoutOfAWaitGivenATimeoutInMillis(Future<T> future, long timeoutMs) {
    for (int round = 0; round < 10; round++) {
      try {
        return Results.resultOf(future, timeoutMs);
      } catch (TimeoutException e) {
        System.err.println("still waiting");
      }
    }
    return null;
  }

  private <T> T resultWithin(Future<T> future) throws TimeoutException {
    return pollOnce(future);
  }

  private <T> T pollOnce(Future<T> future) throws TimeoutException {
    try {
      return future.get(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private String askOnce(String question) throws TimeoutException {
    return relay(question);
  }

  private String relay(String question) throws TimeoutException {
    return question;
  }

  <T> T acceptsTimeoutOfAHelperChainThatWaits(Future<T> future) {
    for (int round = 0; round < 50; round++) {
      try {
        return resultWithin(future);
      } catch (TimeoutException e) {
        System.err.println("not done yet");
      }
    }
    return null;
  }

  String flagsTimeoutOfAHelperChainThatDoesNotWait(String question) {
    for (int round = 0; round < 3; round++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return askOnce(question);
      } catch (TimeoutException e) {
        System.err.println("no answer");
      }
    }
    return null;
  }

  String acceptsTimeoutOfACallGivenADuration(String url) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return api.get(url, Duration.ofSeconds(2));
      } catch (java.net.SocketTimeoutException e) {
        System.err.println("slow answer");
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  void flagsRetriableFailureOfACommitEvenGivenABudget(Map<String, Long> offsets, int retries) {
    try {
      consumer.commitSync(offsets, commitTimeout);
    } catch (CommitFailedRetriableException e) {
      if (retries >= maxCommitRetries) {
        throw e;
      }
      // a retriable failure can come at once (a refused connection), whatever budget the call was given
      flagsRetriableFailureOfACommitEvenGivenABudget(offsets, retries + 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  String flagsConnectionErrorOfACallGivenADuration(String url) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return api.get(url, Duration.ofSeconds(2));
      } catch (IOException e) {
        System.err.println("connection refused");
      }
    }
    return null;
  }

  String flagsTimeoutOfACallGivenNoBudget(String url) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return api.get(url);
      } catch (TimeoutException e) {
        System.err.println("timed out");
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  void flagsRetriableFailureOfACommitGivenNoBudget(Map<String, Long> offsets, int retries) {
    try {
      consumer.commitSync(offsets);
    } catch (CommitFailedRetriableException e) {
      if (retries >= maxCommitRetries) {
        throw e;
      }
      flagsRetriableFailureOfACommitGivenNoBudget(offsets, retries + 1); // tracelint-expect: RetryWithoutBackoff
    }
  }
}
