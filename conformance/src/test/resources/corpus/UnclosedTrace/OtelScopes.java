package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/** Scopes belong in try-with-resources. */
public class OtelScopes {

  public void closedOnNormalPathOnly(Span span) {
    Scope scope = span.makeCurrent(); // tracelint-expect: UnclosedTrace
    callTool();
    scope.close();
  }

  public void contextScopeClosedOnNormalPathOnly(Context context) {
    Scope scope = context.makeCurrent(); // tracelint-expect: UnclosedTrace
    callTool();
    scope.close();
  }

  public void neverClosed(Span span) {
    span.makeCurrent(); // tracelint-expect: UnclosedTrace
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

  private void callTool() {}
}
