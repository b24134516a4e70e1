package corpus.unclosedtrace;

import io.micrometer.tracing.ScopedSpan;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/** Micrometer Tracing: Span#start and Tracer#startScopedSpan end with end; withSpan closes. */
public class MicrometerTracingSpans {
  private final Tracer tracer;

  public MicrometerTracingSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  public void endedInsideScope() {
    Span span = tracer.nextSpan().name("tool").start(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path: call span.end()
    try (Tracer.SpanInScope ws = tracer.withSpan(span)) {
      callTool();
      span.end();
    }
  }

  public void endedInFinally() {
    Span span = tracer.nextSpan().name("tool").start();
    try (Tracer.SpanInScope ws = tracer.withSpan(span)) {
      callTool();
    } finally {
      span.end();
    }
  }

  public void scopedSpan() {
    ScopedSpan span = tracer.startScopedSpan("tool"); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    span.end();
  }

  public void currentSpanIsNotOwned() {
    Span current = tracer.currentSpan();
    callTool();
    current.end();
  }

  public void flagsScopeClosedOnNormalPathOnly(Span span) {
    Tracer.SpanInScope ws = tracer.withSpan(span); // tracelint-expect: UnclosedTrace -- scope 'ws'
    callTool();
    ws.close();
  }

  public void acceptsScopedSpanEndedInFinally() {
    ScopedSpan span = tracer.startScopedSpan("tool");
    try {
      callTool();
    } finally {
      span.end();
    }
  }

  private void callTool() {
    Remote.call();
  }
}
