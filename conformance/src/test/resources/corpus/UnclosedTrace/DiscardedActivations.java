package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Transaction;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentracing.Span;
import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;

/**
 * An activation whose scope is dropped can never be closed: the context stays attached to the pooled thread. Every
 * catalogued activation is flagged so, except Sentry's, which the span undoes itself when it finishes (its token is a
 * no-op).
 */
public class DiscardedActivations {

  public void flagsDroppedBraveScope(brave.Tracer tracer, brave.Span span) {
    tracer.withSpanInScope(span); // tracelint-expect: UnclosedTrace -- scope started by withSpanInScope() is not closed on every path
    callTool();
  }

  public void flagsDroppedMicrometerTracingScope(io.micrometer.tracing.Tracer tracer, io.micrometer.tracing.Span span) {
    tracer.withSpan(span); // tracelint-expect: UnclosedTrace -- scope started by withSpan()
    callTool();
  }

  public void flagsDroppedOpenTracingScopes(io.opentracing.Tracer tracer, Span span) {
    tracer.activateSpan(span); // tracelint-expect: UnclosedTrace -- scope started by activateSpan()
    tracer.scopeManager().activate(span); // tracelint-expect: UnclosedTrace -- scope started by activate()
    callTool();
  }

  public void flagsDroppedObservationScope(ObservationRegistry registry) {
    Observation observation = Observation.start("step", registry);
    observation.openScope(); // tracelint-expect: UnclosedTrace -- scope started by openScope()
    try {
      callTool();
    } finally {
      observation.stop();
    }
  }

  public void flagsDroppedElasticScope() {
    Transaction transaction = ElasticApm.startTransaction();
    transaction.activate(); // tracelint-expect: UnclosedTrace -- scope started by activate()
    try {
      callTool();
    } finally {
      transaction.end();
    }
  }

  public void acceptsDroppedSentryTokenOfATransaction() {
    ITransaction transaction = Sentry.startTransaction("agent", "task");
    transaction.makeCurrent();
    try {
      callTool();
    } finally {
      transaction.finish();
    }
  }

  public void acceptsDroppedSentryTokenOfAChild(ISpan parent) {
    ISpan child = parent.startChild("tool");
    child.makeCurrent();
    try {
      callTool();
    } finally {
      child.finish();
    }
  }

  public void acceptsDroppedSentryTokenWhenBindingConditionally(ITransaction transaction, boolean bind) {
    if (bind) {
      transaction.makeCurrent();
    }
  }

  private void callTool() {}
}
