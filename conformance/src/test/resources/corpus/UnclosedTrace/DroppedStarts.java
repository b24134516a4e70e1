package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.sentry.Sentry;

/**
 * A value start standing alone as a statement: the started span or observation is dropped, and nothing can ever end
 * it. A start that returns its receiver keeps the value there, and a start whose SDK finds the value again is not a
 * leak.
 */
public class DroppedStarts {
  private final Tracer tracer;
  private final brave.Tracer braveTracer;
  private final ObservationRegistry registry;
  private brave.Span current;
  private Observation observation;

  public DroppedStarts(Tracer tracer, brave.Tracer braveTracer, ObservationRegistry registry) {
    this.tracer = tracer;
    this.braveTracer = braveTracer;
    this.registry = registry;
  }

  public void flagsDroppedBuilderChain() {
    tracer.spanBuilder("agent.step").setAttribute("agent", "planner").startSpan(); // tracelint-expect: UnclosedTrace -- span started by startSpan()
  }

  public void flagsDroppedBraveSpan() {
    braveTracer.nextSpan().name("tool").start(); // tracelint-expect: UnclosedTrace -- span started by start()
  }

  public void flagsDroppedObservation() {
    Observation.createNotStarted("llm.call", registry).start(); // tracelint-expect: UnclosedTrace -- observation started by start()
  }

  public void acceptsStartOfASpanHeldInAField() {
    current = braveTracer.nextSpan();
    current.start();
  }

  public void acceptsStartOfAnObservationHeldInAField() {
    observation = Observation.createNotStarted("session", registry);
    observation.start();
  }

  public void acceptsSentryTransactionTheScopeMayHold() {
    Sentry.startTransaction("agent", "task");
  }

  public void acceptsStartEndedInTheSameStatement() {
    tracer.spanBuilder("marker").startSpan().end();
  }

  public Observation acceptsStartReturned() {
    return Observation.createNotStarted("returned", registry).start();
  }

  public brave.Span acceptsChainOnALocalThatIsReturned(brave.propagation.TraceContext parent, long timestamp) {
    brave.Span listenerSpan = braveTracer.newChild(parent);
    listenerSpan.name("on-message").kind(brave.Span.Kind.CONSUMER).start(timestamp);
    return listenerSpan;
  }

  public void acceptsChainOnALocalEndedInFinally(Runnable work) {
    brave.Span span = braveTracer.nextSpan();
    span.name("tool").start();
    try {
      work.run();
    } finally {
      span.finish();
    }
  }

  public void flagsChainOnALocalEndedOnTheNormalPathOnly(Runnable work) {
    brave.Span span = braveTracer.nextSpan();
    span.name("tool").start(); // tracelint-expect: UnclosedTrace
    work.run();
    span.finish();
  }
}
