package corpus.unclosedtrace;

import brave.Tracer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;

/**
 * Calls on the tracing APIs themselves (naming, tagging, starting or ending other spans, context and baggage lookups)
 * do not throw in normal use: between a start and the try that ends it they are harmless. A call that takes a lambda
 * may run it at once, and a call of the application's own is not a tracing call.
 */
public class TracingApiBetweenStartAndTry {

  public void acceptsContextAndBaggageLookups(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("step").setSpanKind(SpanKind.INTERNAL).startSpan();
    Span parent = Span.current();
    String user = Baggage.current().getEntryValue("user");
    Context context = Context.current().with(span);
    parent.setAttribute(AttributeKey.stringKey("child"), "step");
    try (Scope scope = context.makeCurrent()) {
      callTool(user);
    } finally {
      span.end();
    }
  }

  public void acceptsAnotherSpanStartedAndEndedBeforeTheTry(io.opentelemetry.api.trace.Tracer tracer) {
    Span outer = tracer.spanBuilder("outer").startSpan();
    Span marker = tracer.spanBuilder("marker").setParent(Context.current().with(outer)).startSpan();
    marker.addEvent("ready");
    marker.end();
    try {
      callTool("x");
    } finally {
      outer.end();
    }
  }

  public void acceptsBraveTracerCallsBeforeTheTry(Tracer tracer) {
    brave.Span span = tracer.nextSpan().name("step").start();
    tracer.currentSpanCustomizer().tag("phase", "start");
    brave.Span sibling = tracer.newTrace().name("audit");
    sibling.abandon();
    try (Tracer.SpanInScope scope = tracer.withSpanInScope(span)) {
      callTool("x");
    } finally {
      span.finish();
    }
  }

  public void acceptsObservationContextCallsBeforeTheTry(ObservationRegistry registry) {
    Observation observation = Observation.createNotStarted("step", registry).start();
    Observation current = registry.getCurrentObservation();
    observation.lowCardinalityKeyValue("kind", "tool");
    observation.getContext().put("attempt", 1);
    try (Observation.Scope scope = observation.openScope()) {
      callTool(String.valueOf(current));
    } finally {
      observation.stop();
    }
  }

  public void acceptsSentryCallsBeforeTheTry() {
    ITransaction transaction = Sentry.startTransaction("agent", "task");
    ISpan parent = Sentry.getSpan();
    Sentry.setTag("agent", "planner");
    Sentry.addBreadcrumb("started");
    try {
      callTool(String.valueOf(parent));
    } finally {
      transaction.finish();
    }
  }

  public void flagsObservationRunningItsCallbackBeforeTheTry(ObservationRegistry registry) {
    Observation observation = Observation.createNotStarted("step", registry).start(); // tracelint-expect: UnclosedTrace -- observation 'observation'
    Observation.createNotStarted("warmup", registry).observe(() -> callTool("warmup"));
    try {
      callTool("x");
    } finally {
      observation.stop();
    }
  }

  public void flagsOwnCallBetweenTracingCalls(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Span.current().setAttribute("k", "v");
    callTool("before");
    try {
      callTool("x");
    } finally {
      span.end();
    }
  }

  public void flagsTracingCallWithAnArgumentThatCanThrow(io.opentelemetry.api.trace.Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Span.current().setAttribute("result", fetch());
    try {
      callTool("x");
    } finally {
      span.end();
    }
  }

  private String fetch() {
    Remote.call();
    return "x";
  }

  private void callTool(String input) {
    Remote.call();
  }
}
