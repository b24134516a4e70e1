package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * UnclosedTrace's page on starts that return their receiver (Brave {@code Span#start}, Micrometer
 * {@code Observation#start}) and on dropped values: a start chained on a local is that local's obligation, a dropped
 * new span or observation is flagged, a dropped Sentry transaction is not (the scope may hold it).
 */
public class DocsExamplesBraveAndMicrometer {
  private final Tracer tracer;
  private final ObservationRegistry registry;
  private final DocsToolRunner tools;
  private Span span;

  public DocsExamplesBraveAndMicrometer(Tracer tracer, ObservationRegistry registry, DocsToolRunner tools) {
    this.tracer = tracer;
    this.registry = registry;
    this.tools = tools;
  }

  public void flagsDroppedNextSpanStart() {
    tracer.nextSpan().start(); // tracelint-expect: UnclosedTrace
  }

  public void flagsDroppedStaticObservationStart() {
    Observation.start("x", registry); // tracelint-expect: UnclosedTrace
  }

  public void flagsStartChainedOnALocalThenAThrowingCall(String tool) {
    Span x = tracer.nextSpan();
    x.name("tool").kind(Span.Kind.CLIENT).start(); // tracelint-expect: UnclosedTrace
    tools.run(tool);
    x.finish();
  }

  public void acceptsStartChainedOnALocalEndedInFinally(String tool) {
    Span x = tracer.nextSpan();
    x.name("tool").start();
    try {
      tools.run(tool);
    } finally {
      x.finish();
    }
  }

  public void flagsObservationStartedOnALocalThenAThrowingCall(String tool) {
    Observation x = Observation.createNotStarted("tool", registry);
    x.start(); // tracelint-expect: UnclosedTrace
    tools.run(tool);
    x.stop();
  }

  public void acceptsStartOnAFieldThatReturnsItsReceiver() {
    this.span.start();
  }

  public void acceptsSpanNotYetStartedLeftOnAnEarlyReturn(String request) {
    Span x = tracer.nextSpan();
    if (request == null) {
      return;
    }
    x.start();
    try {
      tools.run(request);
    } finally {
      x.finish();
    }
  }

  public void acceptsObservationObserveWrapper(String tool) {
    Observation.createNotStarted("tool", registry).observe(() -> tools.run(tool));
  }
}

interface DocsToolRunner {
  void run(String tool);
}
