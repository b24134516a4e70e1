package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/**
 * A method that either ends an observation at once or, when its caller asked for it, leaves the observation open with
 * its scope current: Micrometer keeps that scope in the registry, where the caller finds it
 * ({@code registry.getCurrentObservationScope()}) to close it and stop the observation after its own work. The choice
 * is a hand-off, not a leak. A scope dropped with no such choice, beside the end of another value, or of an SDK that
 * cannot hand the scope back, still leaks.
 */
public class ScopesLeftCurrentByChoice {
  private final ObservationRegistry registry;
  private final boolean keepObservationOpen;

  public ScopesLeftCurrentByChoice(ObservationRegistry registry, boolean keepObservationOpen) {
    this.registry = registry;
    this.keepObservationOpen = keepObservationOpen;
  }

  public String acceptsScopeLeftOpenForTheCallerOrStopped(String queue) {
    String message = poll(queue);
    Observation received = Observation.createNotStarted("receive", registry);
    received.start();
    if (keepObservationOpen) {
      received.openScope();
    } else {
      received.stop();
    }
    return message;
  }

  public String acceptsTheChoiceWrittenTheOtherWayRound(String queue) {
    String message = poll(queue);
    Observation received = Observation.start("receive", registry);
    if (!keepObservationOpen) {
      received.stop();
    } else {
      record("kept open");
      received.openScope();
    }
    return message;
  }

  public void acceptsUnbracedChoice(boolean handOver) {
    Observation step = Observation.start("step", registry);
    if (handOver) step.openScope();
    else step.stop();
  }

  public void flagsScopeDroppedWithoutTheOtherArm(boolean handOver) {
    Observation step = Observation.start("step", registry); // tracelint-expect: UnclosedTrace -- observation 'step' is not ended on every path
    if (handOver) {
      step.openScope(); // tracelint-expect: UnclosedTrace -- scope started by openScope()
    }
    record("done");
  }

  public void flagsScopeBesideTheEndOfAnotherObservation(Observation parent, boolean handOver) {
    Observation step = Observation.start("step", registry);
    step.stop();
    if (handOver) {
      parent.openScope(); // tracelint-expect: UnclosedTrace -- scope started by openScope()
    } else {
      step.stop();
    }
  }

  public void flagsOpenTelemetryScopeLeftByChoice(Tracer tracer, boolean handOver) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    if (handOver) {
      span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope started by makeCurrent()
    } else {
      span.end();
    }
  }

  private String poll(String queue) {
    return queue;
  }

  private void record(String event) {}
}
