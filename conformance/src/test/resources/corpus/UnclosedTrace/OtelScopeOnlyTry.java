package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/** The canonical bug: the scope is closed by try-with-resources, the span is ended on the normal path only. */
public class OtelScopeOnlyTry {
  private final Tracer tracer;

  public OtelScopeOnlyTry(Tracer tracer) {
    this.tracer = tracer;
  }

  public void endedInsideTheTry() {
    Span span = tracer.spanBuilder("plan").startSpan(); // tracelint-expect: UnclosedTrace
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
    Span span = tracer.spanBuilder("plan").startSpan(); // tracelint-expect: UnclosedTrace
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

  private void callModel() {}
}
