package corpus.unclosedtrace;

import brave.ScopedSpan;
import brave.Span;
import brave.Tracer;
import brave.Tracer.SpanInScope;
import brave.propagation.CurrentTraceContext;
import brave.propagation.TraceContext;

/** Brave: Span#start and Tracer#startScopedSpan end with finish (or abandon); scopes close. */
public class BraveSpans {
  private final Tracer tracer;

  public BraveSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  public void finishedInsideScope() {
    Span span = tracer.nextSpan().name("tool").start(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path: call span.finish() in a finally block
    try (SpanInScope ws = tracer.withSpanInScope(span)) {
      callTool();
      span.finish();
    }
  }

  public void finishedInFinally() {
    Span span = tracer.nextSpan().name("tool").start();
    try (SpanInScope ws = tracer.withSpanInScope(span)) {
      callTool();
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  public void startedAfterNaming() {
    Span span = tracer.nextSpan().name("tool");
    span.start(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    span.finish();
  }

  public void scopedSpan() {
    ScopedSpan span = tracer.startScopedSpan("tool"); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path: call span.finish()
    callTool();
    span.finish();
  }

  public void scopedSpanInFinally() {
    ScopedSpan span = tracer.startScopedSpan("tool");
    try {
      callTool();
    } finally {
      span.finish();
    }
  }

  public void scopeClosedOnNormalPathOnly(Span span) {
    SpanInScope ws = tracer.withSpanInScope(span); // tracelint-expect: UnclosedTrace -- scope 'ws'
    callTool();
    ws.close();
  }

  public void contextScope(CurrentTraceContext current, TraceContext context) {
    try (CurrentTraceContext.Scope scope = current.newScope(context)) {
      callTool();
    }
  }

  public void abandonedAtOnce() {
    Span span = tracer.nextSpan().start();
    span.tag("sampled", "no").abandon();
  }

  public void flagsStartedSpanFinishedInsideItsScope() {
    // Lending the span to withSpanInScope is not a hand-off.
    Span span = tracer.nextSpan().name("tool");
    span.start(); // tracelint-expect: UnclosedTrace -- span 'span'
    try (SpanInScope ws = tracer.withSpanInScope(span)) {
      callTool();
      span.finish();
    }
  }

  public void flagsContextScopeClosedOnNormalPathOnly(CurrentTraceContext current, TraceContext context) {
    CurrentTraceContext.Scope scope = current.newScope(context); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callTool();
    scope.close();
  }

  public void acceptsMaybeScopeInTryWithResources(CurrentTraceContext current, TraceContext context) {
    try (CurrentTraceContext.Scope scope = current.maybeScope(context)) {
      callTool();
    }
  }

  public void acceptsAbandonInFinally() {
    Span span = tracer.nextSpan();
    span.start();
    try {
      callTool();
    } finally {
      span.abandon();
    }
  }

  public Span acceptsStartedSpanReturned() {
    Span span = tracer.nextSpan();
    span.start();
    return span;
  }

  public void ignoresStartOnAParameter(Span span) {
    span.start();
    callTool();
  }

  private void callTool() {
    Remote.call();
  }
}
