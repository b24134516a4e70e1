package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;

/** Sentry: Sentry.startTransaction and ISpan#startChild end with finish. */
public class SentryTransactions {

  public void finishedOnNormalPathOnly() {
    ITransaction transaction = Sentry.startTransaction("agent.run", "task"); // tracelint-expect: UnclosedTrace
    ISpan child = transaction.startChild("tool"); // tracelint-expect: UnclosedTrace
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

  private void callTool() {}
}
