package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * The canonical bug, the scope closed by try-with-resources and the span ended on the normal path only, next to the
 * try statements that do end it on every path: a finally, or an end and rethrow in {@code catch (Throwable)}.
 */
public class OtelScopeOnlyTry {
  private final Tracer tracer;

  public OtelScopeOnlyTry(Tracer tracer) {
    this.tracer = tracer;
  }

  public void endedInsideTheTry() {
    Span span = tracer.spanBuilder("plan").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path: call span.end() in a finally block
    try (Scope scope = span.makeCurrent()) {
      callModel();
      span.end();
    }
  }

  public void endedInFinally() {
    Span span = tracer.spanBuilder("plan").startSpan();
    try (Scope scope = span.makeCurrent()) {
      callModel();
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  public void endedOnlyInCatch() {
    Span span = tracer.spanBuilder("plan").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try {
      callModel();
    } catch (RuntimeException e) {
      span.recordException(e);
      span.end();
      throw e;
    }
  }

  public void endedAndRethrownInCatchThrowable() throws Throwable {
    Span span = tracer.spanBuilder("plan").startSpan();
    try (Scope scope = span.makeCurrent()) {
      callModel();
      span.end();
    } catch (Throwable t) {
      span.recordException(t);
      span.end();
      throw t;
    }
  }

  public void flagsEndInCatchRuntimeExceptionAndOnTheNormalPath() {
    // catch (RuntimeException) misses Errors: only catch (Throwable) covers every exception.
    Span span = tracer.spanBuilder("plan").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try {
      callModel();
      span.end();
    } catch (RuntimeException e) {
      span.end();
      throw e;
    }
  }

  public void flagsSpanPutInScopeThroughTheContext() {
    Span span = tracer.spanBuilder("plan").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try (Scope scope = Context.current().with(span).makeCurrent()) {
      callModel();
      span.end();
    }
  }

  public void acceptsCallsOnTheSpanBeforeTheTry() {
    Span span = tracer.spanBuilder("plan").startSpan();
    span.setAttribute("agent.step", 1L);
    try (Scope scope = span.makeCurrent()) {
      callModel();
    } catch (RuntimeException e) {
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  private void callModel() {
    Remote.call();
  }
}
