package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * A self-call under a test that the caught failure, or its cause, is an expired budget, after an attempt given a time
 * budget ({@code setCallTimeout(heartbeatTimeoutMillis)}), follows an attempt that waited out that budget: the retry
 * is paced, as a catch of only the timeout is. A test for any other failure, or an attempt given no budget, retries
 * at once. A budget paces; it does not bound: an unguarded self-call is still UnboundedRetry's.
 */
class ExpiredBudgetGuards {
  static class OperationTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  interface Invocation {
    Invocation setCallTimeout(long millis);

    Future<Boolean> invoke();
  }

  interface Cluster {
    Invocation invocationOn(String member);
  }

  private final Cluster cluster;
  private final long heartbeatTimeoutMillis;

  ExpiredBudgetGuards(Cluster cluster, long heartbeatTimeoutMillis) {
    this.cluster = cluster;
    this.heartbeatTimeoutMillis = heartbeatTimeoutMillis;
  }

  boolean acceptsASelfCallWhenTheCauseIsTheBudgetRunningOut(String member, int round) {
    try {
      return cluster.invocationOn(member).setCallTimeout(heartbeatTimeoutMillis).invoke().get();
    } catch (Exception e) {
      if (e.getCause() instanceof OperationTimeoutException && round < 3) {
        return acceptsASelfCallWhenTheCauseIsTheBudgetRunningOut(member, round + 1);
      }
      return false;
    }
  }

  boolean acceptsASelfCallWhenTheFailureIsTheBudgetRunningOut(String member, int round) throws Exception {
    try {
      return cluster.invocationOn(member).setCallTimeout(heartbeatTimeoutMillis).invoke().get();
    } catch (Exception e) {
      if (round < 3 && e instanceof TimeoutException) {
        return acceptsASelfCallWhenTheFailureIsTheBudgetRunningOut(member, round + 1);
      }
      throw e;
    }
  }

  boolean acceptsAPacedSelfCallThatIsStillEndless(String member) {
    try {
      return cluster.invocationOn(member).setCallTimeout(heartbeatTimeoutMillis).invoke().get();
    } catch (Throwable t) {
      if (t.getCause() instanceof OperationTimeoutException) {
        return acceptsAPacedSelfCallThatIsStillEndless(member); // tracelint-expect: UnboundedRetry
      }
    }
    return false;
  }

  boolean flagsASelfCallOnATimeoutOfACallGivenNoBudget(String member, int round) {
    try {
      return cluster.invocationOn(member).invoke().get();
    } catch (InterruptedException | ExecutionException e) {
      if (e.getCause() instanceof OperationTimeoutException && round < 3) {
        return flagsASelfCallOnATimeoutOfACallGivenNoBudget(member, round + 1); // tracelint-expect: RetryWithoutBackoff
      }
      return false;
    }
  }

  boolean flagsASelfCallOnAnyIoFailureOfABudgetedCall(String member, int round) {
    try {
      return cluster.invocationOn(member).setCallTimeout(heartbeatTimeoutMillis).invoke().get();
    } catch (Exception e) {
      if (e.getCause() instanceof IOException && round < 3) {
        return flagsASelfCallOnAnyIoFailureOfABudgetedCall(member, round + 1); // tracelint-expect: RetryWithoutBackoff
      }
      return false;
    }
  }
}
