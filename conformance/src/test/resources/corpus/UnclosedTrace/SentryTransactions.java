package corpus.unclosedtrace;

import io.sentry.ISentryLifecycleToken;
import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;

/** Sentry: Sentry.startTransaction and ISpan#startChild end with finish; makeCurrent's token closes. */
public class SentryTransactions {

  public void finishedOnNormalPathOnly() {
    ITransaction transaction = Sentry.startTransaction("agent.run", "task"); // tracelint-expect: UnclosedTrace -- transaction 'transaction' is not ended on every path: call transaction.finish() in a finally block
    ISpan child = transaction.startChild("tool"); // tracelint-expect: UnclosedTrace -- span 'child' is not ended on every path: call child.finish() in a finally block
    callTool();
    child.finish();
    transaction.finish();
  }

  public void finishedInFinally() {
    ITransaction transaction = Sentry.startTransaction("agent.run", "task");
    try {
      ISpan child = transaction.startChild("tool");
      try {
        callTool();
      } catch (RuntimeException e) {
        child.setThrowable(e);
        child.setStatus(SpanStatus.INTERNAL_ERROR);
        throw e;
      } finally {
        child.finish();
      }
    } finally {
      transaction.finish();
    }
  }

  public void currentSpanIsNotOwned() {
    ISpan span = Sentry.getSpan();
    callTool();
    span.finish();
  }

  public void flagsTokenClosedOnNormalPathOnly(ITransaction transaction) {
    ISentryLifecycleToken token = transaction.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'token'
    callTool();
    token.close();
  }

  public void acceptsTokenInTryWithResources(ITransaction transaction) {
    try (ISentryLifecycleToken token = transaction.makeCurrent()) {
      callTool();
    }
  }

  private void callTool() {
    Remote.call();
  }
}
