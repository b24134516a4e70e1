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
    Span span = tracer.buildSpan("tool").withTag("agent", "planner").start(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path: call span.finish() in a finally block
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
    Scope scope = tracer.scopeManager().activate(span); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callTool();
    scope.close();
  }

  public void activeSpanIsNotOwned() {
    Span active = tracer.activeSpan();
    callTool();
    active.finish();
  }

  public void flagsActivatedScopeClosedOnNormalPathOnly(Span span) {
    Scope scope = tracer.activateSpan(span); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callTool();
    scope.close();
  }

  public void flagsABuilderStartedWithoutKeepingTheSpan() {
    // SpanBuilder#start returns a new span, not the builder: the started span is dropped. Without types the result
    // type of start() is unknown, and a start() that returns its receiver would be kept there: not judged then.
    Tracer.SpanBuilder builder = tracer.buildSpan("tool");
    builder.start(); // tracelint-expect-with-types: UnclosedTrace -- span started by start()
    callTool();
  }

  private void callTool() {
    Remote.call();
  }
}
