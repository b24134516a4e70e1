package corpus.unclosedtrace;

import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;

/** OpenTracing: SpanBuilder#start ends with finish; activateSpan and ScopeManager#activate close. */
public class OpenTracingSpans {
  private final Tracer tracer;

  public OpenTracingSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  public void finishedInsideScope() {
    Span span = tracer.buildSpan("tool").withTag("agent", "planner").start(); // tracelint-expect: UnclosedTrace
    try (Scope scope = tracer.activateSpan(span)) {
      callTool();
      span.finish();
    }
  }

  public void finishedInFinally() {
    Span span = tracer.buildSpan("tool").start();
    try (Scope scope = tracer.activateSpan(span)) {
      callTool();
    } finally {
      span.finish();
    }
  }

  public void scopeClosedOnNormalPathOnly(Span span) {
    Scope scope = tracer.scopeManager().activate(span); // tracelint-expect: UnclosedTrace
    callTool();
    scope.close();
  }

  public void activeSpanIsNotOwned() {
    Span active = tracer.activeSpan();
    callTool();
    active.finish();
  }

  private void callTool() {}
}
