package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Scopes belong in try-with-resources (or a finally that closes them); one opened by a statement of its own can never
 * be closed.
 */
public class OtelScopes {

  public void closedOnNormalPathOnly(Span span) {
    Scope scope = span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'scope' is not closed on every path: open it in try-with-resources or call scope.close() in a finally block
    callTool();
    scope.close();
  }

  public void contextScopeClosedOnNormalPathOnly(Context context) {
    Scope scope = context.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callTool();
    scope.close();
  }

  public void neverClosed(Span span) {
    span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope started by makeCurrent() is not closed on every path: open it in try-with-resources or call close() in a finally block
    callTool();
  }

  public void tryWithResources(Span span, Context context) {
    try (Scope scope = span.makeCurrent()) {
      callTool();
    }
    try (Scope scope = context.with(span).makeCurrent()) {
      callTool();
    }
  }

  public void closedInFinally(Span span) {
    Scope scope = span.makeCurrent();
    try {
      callTool();
    } finally {
      scope.close();
    }
  }

  public void flagsSpanAndScopeEndedOnTheNormalPathOnly(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path: call span.end() in a finally block
    Scope scope = span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'scope' is not closed on every path
    callTool();
    scope.close();
    span.end();
  }

  public void flagsScopeOpenedInsideTheTryThatEndsTheSpan(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan();
    try (Scope scope = span.makeCurrent()) {
      Scope leaked = span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'leaked'
      callTool();
      leaked.close();
    } finally {
      span.end();
    }
  }

  public void flagsDroppedScopeAsTheBodyOfAnUnbracedIf(Span span, boolean debug) {
    if (debug) span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope started by makeCurrent()
    callTool();
  }

  public void acceptsCurrentContextScopeInTryWithResources() {
    try (Scope scope = Context.current().makeCurrent()) {
      callTool();
    }
  }

  public void acceptsScopeDeclaredWithVarInTryWithResources(Span span, Context context) {
    try (var scope = context.with(span).makeCurrent()) {
      callTool();
    }
  }

  public void acceptsScopeDeclaredBeforeTryWithResources(Context context) {
    Scope later = context.makeCurrent();
    try (later) {
      callTool();
    }
  }

  private void callTool() {
    Remote.call();
  }
}
