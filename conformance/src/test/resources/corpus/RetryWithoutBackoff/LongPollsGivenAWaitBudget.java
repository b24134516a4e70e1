package corpus.retrywithoutbackoff;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * Polling loops whose polled call is given a time budget: the service holds the request up to that budget while the
 * job is not done yet (a long poll), so each round has waited already. The budget counts when the call the loop tests
 * is given it, directly or through a lambda that a retry helper runs for the result; a budget only the loop's deadline
 * reads, or one handed to work submitted elsewhere, does not pace the poll. Every loop here is bounded by a count or
 * a deadline, so only the missing wait is in question.
 */
class LongPollsGivenAWaitBudget {
  interface Results {
    boolean complete();
  }

  interface Jobs {
    Results getResults(String jobId, long timeoutMs);

    Results getResults(String jobId);

    Results getOperation(String jobId, Duration waitTime);

  }

  static final class Retries {
    static <T> T runWithRetries(Callable<T> attempt, int maxAttempts) throws Exception {
      return attempt.call();
    }
  }

  private final Jobs jobs;
  private final ExecutorService executor;

  LongPollsGivenAWaitBudget(Jobs jobs, ExecutorService executor) {
    this.jobs = jobs;
    this.executor = executor;
  }

  boolean acceptsAPollGivenATimeoutInMillis(String jobId, int maxPolls) {
    long timeoutMs = 10_000;
    boolean complete = false;
    int polls = 0;
    while (!complete && polls++ < maxPolls) {
      complete = jobs.getResults(jobId, timeoutMs).complete();
    }
    return complete;
  }

  Results acceptsAPollGivenADuration(String jobId, int maxPolls) {
    Results results;
    int polls = 0;
    do {
      results = jobs.getOperation(jobId, Duration.ofSeconds(20));
    } while (!results.complete() && ++polls < maxPolls);
    return results;
  }

  boolean acceptsAPollThroughARetryHelperGivenATimeout(String jobId, int maxPolls) throws Exception {
    long timeoutMs = 10_000;
    boolean complete = false;
    int polls = 0;
    while (!complete && polls++ < maxPolls) {
      Results results = Retries.runWithRetries(() -> jobs.getResults(jobId, timeoutMs), 3);
      complete = results.complete();
    }
    return complete;
  }

  boolean flagsAPollWithoutABudget(String jobId, int maxPolls) {
    boolean complete = false;
    int polls = 0;
    while (!complete && polls++ < maxPolls) { // tracelint-expect: RetryWithoutBackoff
      complete = jobs.getResults(jobId).complete();
    }
    return complete;
  }

  boolean flagsABudgetOnlyTheLoopsDeadlineReads(String jobId) {
    long timeoutMs = 60_000;
    long start = System.currentTimeMillis();
    boolean complete = false;
    while (!complete && System.currentTimeMillis() - start < timeoutMs) { // tracelint-expect: RetryWithoutBackoff
      complete = jobs.getResults(jobId).complete();
    }
    return complete;
  }

  boolean flagsABudgetGivenToWorkSubmittedElsewhere(String jobId, int maxPolls) {
    long timeoutMs = 10_000;
    boolean complete = false;
    int polls = 0;
    while (!complete && polls++ < maxPolls) { // tracelint-expect: RetryWithoutBackoff
      executor.submit(() -> jobs.getResults(jobId, timeoutMs));
      complete = jobs.getResults(jobId).complete();
    }
    return complete;
  }
}
