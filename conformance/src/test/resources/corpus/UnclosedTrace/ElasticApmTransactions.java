package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Scope;
import co.elastic.apm.api.Span;
import co.elastic.apm.api.Transaction;

/** Elastic APM: startTransaction and startSpan end with end; activate closes. */
public class ElasticApmTransactions {

  public void endedInsideScope() {
    Transaction transaction = ElasticApm.startTransaction(); // tracelint-expect: UnclosedTrace -- transaction 'transaction' is not ended on every path: call transaction.end()
    try (Scope scope = transaction.activate()) {
      Span span = transaction.startSpan("external", "http", "llm"); // tracelint-expect: UnclosedTrace -- span 'span'
      callModel();
      span.end();
      transaction.end();
    }
  }

  public void endedInFinally() {
    Transaction transaction = ElasticApm.startTransaction();
    try (Scope scope = transaction.activate()) {
      Span span = transaction.startSpan();
      try {
        callModel();
      } finally {
        span.end();
      }
    } finally {
      transaction.end();
    }
  }

  public void scopeClosedOnNormalPathOnly(Transaction transaction) {
    Scope scope = transaction.activate(); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callModel();
    scope.close();
  }

  public void currentSpanIsNotOwned() {
    Span span = ElasticApm.currentSpan();
    callModel();
    span.end();
  }

  public void flagsExitSpanEndedOnNormalPathOnly(Span parent) {
    Span exit = parent.startExitSpan("external", "http", "llm"); // tracelint-expect: UnclosedTrace -- span 'exit'
    callModel();
    exit.end();
  }

  public void flagsSpanNeverEndedAndItsScopeClosedOnNormalPathOnly(Transaction transaction) {
    Span span = transaction.startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Scope scope = span.activate(); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callModel();
    scope.close();
  }

  private void callModel() {
    Remote.call();
  }
}
