package corpus.unclosedtrace;

import brave.Tracer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.Callable;

/**
 * A scope of the span, or a context that holds it, returned or stored outside the method hands the span off too (the
 * enter/exit advice pairs of bytecode instrumentation: the exit advice ends what the enter advice returned). Kept here
 * and only closed, it does not.
 */
public class ScopeHandOffs {
  private Scope current;
  private Context stored;

  public Scope acceptsReturnedScopeOfTheSpan(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("advice").startSpan();
    span.setAttribute("phase", "enter");
    return span.makeCurrent();
  }

  public Tracer.SpanInScope acceptsReturnedBraveScope(Tracer tracer) {
    brave.Span span = tracer.nextSpan().name("advice").start();
    return tracer.withSpanInScope(span);
  }

  public void acceptsScopeStoredInAField(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("request").startSpan();
    current = span.makeCurrent();
  }

  public Scope acceptsScopeKeptInALocalThenReturned(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("advice").startSpan();
    Scope scope = Context.current().with(span).makeCurrent();
    return scope;
  }

  public void acceptsContextHoldingTheSpanStoredInAField(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("request").startSpan();
    stored = span.storeInContext(Context.current());
  }

  public Callable<String> acceptsTaskWrappedInTheSpansContext(io.opentelemetry.api.trace.Tracer tracer,
      Callable<String> task) {
    Span span = tracer.spanBuilder("task").startSpan();
    return Context.current().with(span).wrap(task);
  }

  public void flagsScopeKeptHereAndClosedOnTheNormalPathOnly(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Scope scope = span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callTool();
    scope.close();
    span.end();
  }

  public String flagsDerivedValueThatIsNotACarrierReturned(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return span.getSpanContext().getTraceId();
  }

  private void callTool() {
    Remote.call();
  }
}
