package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Loops whose broad catch goes round only when the failure is the attempt's own budget running out, and leaves
 * otherwise ({@code if (!(t instanceof RemotingTimeoutException)) { ..; return false; }}, {@code if (e instanceof
 * TimeoutException) continue; throw e;}), after a call given a time budget (a share of it: {@code QUERY_TIMEOUT /
 * CHECKS * round}): each round that goes round waited out that budget ("Attempts that wait"). A call given no budget,
 * or a catch that goes round on other failures too, retries at once.
 */
class LoopsThatGoRoundOnlyOnAnExpiredBudget {
  private static final long QUERY_TIMEOUT = 3000L;
  private static final int CHECKS = 3;

  static class RemotingTimeoutException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  interface Broker {
    Set<String> queryAssignment(String topic, long timeoutMillis) throws Exception;

    Set<String> queryAssignment(String topic) throws Exception;

    String fetch(String key, long timeoutMillis) throws IOException, TimeoutException;
  }

  private final Broker broker;
  private int failures;

  LoopsThatGoRoundOnlyOnAnExpiredBudget(Broker broker) {
    this.broker = broker;
  }

  boolean acceptsALoopWhoseCatchLeavesUnlessTheBudgetRanOut(String topic) {
    int round = 0;
    while (round++ < CHECKS) {
      try {
        broker.queryAssignment(topic, QUERY_TIMEOUT / CHECKS * round);
        return true;
      } catch (Throwable t) {
        if (!(t instanceof RemotingTimeoutException)) {
          failures++;
          return false;
        }
      }
    }
    return false;
  }

  String acceptsALoopThatContinuesOnlyOnATimeout(String key, long timeoutMillis) throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return broker.fetch(key, timeoutMillis);
      } catch (Exception e) {
        if (e instanceof TimeoutException) {
          continue;
        }
        throw e;
      }
    }
    return null;
  }

  String acceptsALoopThatLeavesUnlessTheCauseIsATimeout(String key, long timeoutMillis) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return broker.fetch(key, timeoutMillis);
      } catch (Exception e) {
        if (!(e.getCause() instanceof SocketTimeoutException)) {
          return null;
        }
      }
    }
    return null;
  }

  boolean flagsALoopThatLeavesUnlessATimeoutOfACallGivenNoBudget(String topic) {
    int round = 0;
    while (round++ < CHECKS) { // tracelint-expect: RetryWithoutBackoff
      try {
        broker.queryAssignment(topic);
        return true;
      } catch (Throwable t) {
        if (!(t instanceof RemotingTimeoutException)) {
          return false;
        }
      }
    }
    return false;
  }

  boolean flagsALoopThatGoesRoundOnEveryOtherFailure(String topic) {
    int round = 0;
    while (round++ < CHECKS) { // tracelint-expect: RetryWithoutBackoff
      try {
        broker.queryAssignment(topic, QUERY_TIMEOUT / CHECKS * round);
        return true;
      } catch (Throwable t) {
        if (t instanceof IllegalStateException) {
          return false;
        }
      }
    }
    return false;
  }
}
