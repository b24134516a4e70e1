package corpus.retrywithoutbackoff;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Attempts that wait for their own future with a timeout (docs/rules/RetryWithoutBackoff.md, "Attempts that wait"): a
 * {@code get(timeout, unit)} returns or throws the work's failure as soon as the work is done. A catch of that failure
 * alone ({@code ExecutionException}) goes round as soon as the request failed, a refused connection at once, so the
 * timed get is no wait there; its timeout, caught nowhere, leaves the retry. A catch that takes the timeout too has
 * waited out the budget before going round, and a timed get on another future used as a pause waits.
 */
class TimedGetsThatFailFast {
  interface Indexer {
    CompletableFuture<String> submit(String document);
  }

  private final Indexer indexer;
  private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();

  TimedGetsThatFailFast(Indexer indexer) {
    this.indexer = indexer;
  }

  String flagsSubmitRetriedWhenItsFutureFails(String document) throws InterruptedException, TimeoutException {
    for (int attempt = 1; attempt <= 4; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return indexer.submit(document).get(20, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        System.err.println("attempt " + attempt + " failed: " + e.getCause());
      }
    }
    throw new IllegalStateException("not indexed");
  }

  String flagsSelfCallAfterAFailedFuture(String document, int attemptsLeft)
      throws InterruptedException, TimeoutException, ExecutionException {
    Future<String> pending = indexer.submit(document);
    try {
      return pending.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (attemptsLeft <= 0) {
        throw e;
      }
      return flagsSelfCallAfterAFailedFuture(document, attemptsLeft - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  String acceptsSubmitRetriedAfterItsBudgetRanOut(String document) throws InterruptedException, ExecutionException {
    for (int attempt = 1; attempt <= 4; attempt++) {
      try {
        return indexer.submit(document).get(20, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        System.err.println("attempt " + attempt + " timed out");
      }
    }
    throw new IllegalStateException("not indexed");
  }

  String acceptsSubmitRetriedOnFailureOrTimeout(String document) throws InterruptedException {
    for (int attempt = 1; attempt <= 4; attempt++) {
      try {
        return indexer.submit(document).get(20, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        System.err.println("attempt " + attempt + " failed: " + e);
      }
    }
    throw new IllegalStateException("not indexed");
  }

  String acceptsSubmitRetriedOnAnyFailure(String document) {
    for (int attempt = 1; attempt <= 4; attempt++) {
      try {
        return indexer.submit(document).get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        System.err.println("attempt " + attempt + " failed: " + e);
      }
    }
    throw new IllegalStateException("not indexed");
  }

  String acceptsFailureFollowedByAWaitOnTheStopSignal(String document) throws InterruptedException, TimeoutException {
    for (int attempt = 1; attempt <= 4; attempt++) {
      try {
        return indexer.submit(document).get(20, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        try {
          stopRequested.get(2, TimeUnit.SECONDS);
          return null;
        } catch (TimeoutException | ExecutionException keepGoing) {
          System.err.println("retrying after " + e);
        }
      }
    }
    throw new IllegalStateException("not indexed");
  }
}
