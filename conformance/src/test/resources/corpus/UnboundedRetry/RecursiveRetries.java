package corpus.unboundedretry;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Methods that retry by calling themselves from their own catch block (docs/rules/UnboundedRetry.md, "Methods that
 * call themselves to retry"): bounded by a count that is compared, tested or checked, unbounded otherwise (a count
 * only passed on bounds nothing), even through {@code this.}; a call to another overload or to another object's
 * method of the same name is no recursion.
 */
class RecursiveRetries {
  private final AtomicInteger failures = new AtomicInteger();

  interface RetryPolicy {
    boolean allowsAnotherAttempt(int attempt);

    void ensureAttemptsLeft(int attempt);
  }

  private RetryPolicy retryPolicy;

  interface Route {
    void deliver(String batch) throws IOException;
  }

  private Route primary;
  private Route fallback;

  void post(String batch) throws IOException {}

  String get(String url, int timeoutMillis) throws IOException {
    return url;
  }

  void flagsRecursionWithTheSameArguments(String batch) {
    try {
      post(batch);
    } catch (IOException e) {
      flagsRecursionWithTheSameArguments(batch); // tracelint-expect: UnboundedRetry -- 'flagsRecursionWithTheSameArguments' retries by calling itself from its catch block with no attempt limit // tracelint-expect: RetryWithoutBackoff -- without waiting
    }
  }

  void flagsUnlimitedRecursionEvenWhenSlowed(String batch) throws InterruptedException {
    try {
      post(batch);
    } catch (IOException e) {
      Thread.sleep(1_000);
      flagsUnlimitedRecursionEvenWhenSlowed(batch); // tracelint-expect: UnboundedRetry
    }
  }

  void acceptsRecursionWithABudget(String batch, int attemptsLeft) throws IOException, InterruptedException {
    try {
      post(batch);
    } catch (IOException e) {
      if (attemptsLeft <= 1) {
        throw e;
      }
      Thread.sleep(500);
      acceptsRecursionWithABudget(batch, attemptsLeft - 1);
    }
  }

  void acceptsRecursionWithABudgetAtOnce(String batch, int attemptsLeft) throws IOException {
    try {
      post(batch);
    } catch (IOException e) {
      if (attemptsLeft <= 1) {
        throw e;
      }
      acceptsRecursionWithABudgetAtOnce(batch, attemptsLeft - 1); // tracelint-expect: RetryWithoutBackoff -- 'acceptsRecursionWithABudgetAtOnce' retries by calling itself from its catch block without waiting
    }
  }

  String flagsRecursionThroughThisWithAnUnchangedCount(String url, int timeoutMillis) {
    try {
      return get(url, timeoutMillis);
    } catch (IOException e) {
      return this.flagsRecursionThroughThisWithAnUnchangedCount(url, timeoutMillis); // tracelint-expect: UnboundedRetry -- retries by calling itself // tracelint-expect: RetryWithoutBackoff
    }
  }

  void flagsADecrementedCountThatNothingChecks(String batch, int attemptsLeft) {
    try {
      post(batch);
    } catch (IOException e) {
      flagsADecrementedCountThatNothingChecks(batch, attemptsLeft - 1); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void flagsACountThatNothingChecks(String batch, int attempt) {
    try {
      post(batch);
    } catch (IOException e) {
      flagsACountThatNothingChecks(batch, attempt + 1); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void flagsACountOnlyHandedToACompletionCallback(String batch, int attempt) {
    try {
      post(batch);
      onDelivered(batch, attempt);
    } catch (IOException e) {
      onDeliveryFailed(batch, attempt, e.getMessage());
      flagsACountOnlyHandedToACompletionCallback(batch, attempt + 1); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  private void onDelivered(String batch, int attempt) {}

  private void onDeliveryFailed(String batch, int attempt, String reason) {}

  void acceptsACountTheRetryPolicyDecidesOn(String batch, int attempt) throws IOException {
    try {
      post(batch);
    } catch (IOException e) {
      if (!retryPolicy.allowsAnotherAttempt(attempt)) {
        throw e;
      }
      acceptsACountTheRetryPolicyDecidesOn(batch, attempt + 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  void acceptsACountHandedToACheckThatThrows(String batch, int attempt) {
    try {
      post(batch);
    } catch (IOException e) {
      retryPolicy.ensureAttemptsLeft(attempt);
      acceptsACountHandedToACheckThatThrows(batch, attempt + 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  void acceptsRecursionGuardedByAComparison(String batch) {
    try {
      post(batch);
    } catch (IOException e) {
      if (failures.incrementAndGet() < 5) {
        acceptsRecursionGuardedByAComparison(batch); // tracelint-expect: RetryWithoutBackoff
      }
    }
  }

  void acceptsCallToAnotherOverload(String batch) {
    try {
      post(batch);
    } catch (IOException e) {
      acceptsCallToAnotherOverload(batch, "fallback");
    }
  }

  void acceptsCallToAnotherOverload(String batch, String route) {
    try {
      post(batch);
    } catch (IOException e) {
      System.err.println("fallback route " + route + " failed too");
    }
  }

  // named as the method it calls on another object: that call is no recursion
  void deliver(String batch) throws IOException {
    try {
      primary.deliver(batch);
    } catch (IOException e) {
      fallback.deliver(batch);
    }
  }
}
