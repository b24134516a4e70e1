package corpus.unclosedtrace;

import io.opentelemetry.api.trace.*;

/**
 * The tracing types named under an on-demand import: without types, a simple name under {@code import pkg.*} stands
 * for the catalogue owner as a single-type import would.
 */
public class OnDemandImports {
  private final Tracer tracer;

  public OnDemandImports(Tracer tracer) {
    this.tracer = tracer;
  }

  public void flagsABuilderChain() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    span.end();
  }

  public void acceptsAScopeDeclaredWithVarInTryWithResources(Span span) {
    try (var scope = span.makeCurrent()) {
      callTool();
    }
  }

  public void flagsAScopeDeclaredWithVar(Span span) {
    var leaked = span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'leaked'
    callTool();
    leaked.close();
  }

  private void callTool() {
    Remote.call();
  }
}
