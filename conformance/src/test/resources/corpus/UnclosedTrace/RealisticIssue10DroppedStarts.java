package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.sentry.Sentry;

/** Warm-up and marker code that starts spans for their side effect and keeps nothing. */
public class RealisticIssue10DroppedStarts {
  private static final AttributeKey<String> MODEL = AttributeKey.stringKey("gen_ai.request.model");

  private final Tracer otel;
  private final brave.Tracer brave;
  private final ObservationRegistry registry;
  private brave.Span background;

  RealisticIssue10DroppedStarts(Tracer otel, brave.Tracer brave, ObservationRegistry registry) {
    this.otel = otel;
    this.brave = brave;
    this.registry = registry;
  }

  public void warmUp(String model) {
    otel.spanBuilder("model.warmup") // comment keeps the chain on its own lines
        .setAttribute(MODEL, model)
        .startSpan(); // tracelint-expect: UnclosedTrace
  }

  public void markCacheMiss(String key) {
    brave.nextSpan().name("cache.miss").tag("cache.key", key).start(); // tracelint-expect: UnclosedTrace
  }

  public void noteRequest() {
    Observation.start("agent.request.seen", registry); // tracelint-expect: UnclosedTrace
  }

  public void pingMarker() {
    otel.spanBuilder("model.ping").startSpan().end();
  }

  public void openNightlyTransaction() {
    Sentry.startTransaction("nightly.reindex", "task");
  }

  public void resumeBackground() {
    this.background.start();
  }

  public Span startForCaller(String name) {
    return otel.spanBuilder(name).startSpan();
  }
}
