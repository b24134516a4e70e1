package dev.tracelint.catalog;

import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls that start a span, trace, step, transaction, segment, observation or scope, for UnclosedTrace: the default
 * catalogue of the tracing SDKs tracelint knows, extended (never replaced) by the user's {@code StartMethods} option.
 *
 * <p>Values a method does not own ({@code Span.current()}, {@code Span.fromContext(...)}, {@code Span.wrap(...)},
 * {@code tracer.currentSpan()}, parameters, fields) are deliberately absent: only a start call creates an obligation.
 */
public final class TraceCatalog {

  /** The option's key, as in {@code -XepOpt:UnclosedTrace:StartMethods=...} and PMD's {@code startMethods}. */
  public static final String START_METHODS_OPTION = "StartMethods";

  private static final List<TraceLifecycle> DEFAULTS = List.of(
      // OpenTelemetry
      value("io.opentelemetry.api.trace.SpanBuilder#startSpan", "span", "end"),
      scope("io.opentelemetry.api.trace.Span#makeCurrent"),
      scope("io.opentelemetry.context.Context#makeCurrent"),
      // Brave
      value("brave.Span#start", "span", "finish", "abandon", "flush"),
      value("brave.Tracer#startScopedSpan", "span", "finish"),
      value("brave.Tracer#startScopedSpanWithParent", "span", "finish"),
      scope("brave.Tracer#withSpanInScope"),
      scope("brave.propagation.CurrentTraceContext#newScope"),
      scope("brave.propagation.CurrentTraceContext#maybeScope"),
      // Micrometer Observation and Tracing
      value("io.micrometer.observation.Observation#start", "observation", "stop"),
      scope("io.micrometer.observation.Observation#openScope"),
      value("io.micrometer.tracing.Span#start", "span", "end"),
      value("io.micrometer.tracing.Tracer#startScopedSpan", "span", "end"),
      scope("io.micrometer.tracing.Tracer#withSpan"),
      // OpenTracing
      value("io.opentracing.Tracer.SpanBuilder#start", "span", "finish"),
      scope("io.opentracing.Tracer#activateSpan"),
      scope("io.opentracing.ScopeManager#activate"),
      // Sentry
      value("io.sentry.Sentry#startTransaction", "transaction", "finish"),
      value("io.sentry.ISpan#startChild", "span", "finish"),
      scope("io.sentry.ISpan#makeCurrent"),
      // Elastic APM
      value("co.elastic.apm.api.ElasticApm#startTransaction", "transaction", "end"),
      value("co.elastic.apm.api.ElasticApm#startTransactionWithRemoteParent", "transaction", "end"),
      value("co.elastic.apm.api.Span#startSpan", "span", "end"),
      value("co.elastic.apm.api.Span#startExitSpan", "span", "end"),
      scope("co.elastic.apm.api.Span#activate"),
      // AWS X-Ray: ended through the recorder (static AWSXRay or an AWSXRayRecorder), not through the segment
      owner("com.amazonaws.xray.AWSXRay#beginSegment", "segment", "endSegment"),
      owner("com.amazonaws.xray.AWSXRay#beginSegmentWithSampling", "segment", "endSegment"),
      owner("com.amazonaws.xray.AWSXRay#beginSubsegment", "subsegment", "endSubsegment"),
      owner("com.amazonaws.xray.AWSXRay#beginSubsegmentWithoutSampling", "subsegment", "endSubsegment"),
      owner("com.amazonaws.xray.AWSXRayRecorder#beginSegment", "segment", "endSegment"),
      owner("com.amazonaws.xray.AWSXRayRecorder#beginSegmentWithSampling", "segment", "endSegment"),
      owner("com.amazonaws.xray.AWSXRayRecorder#beginSubsegment", "subsegment", "endSubsegment"),
      owner("com.amazonaws.xray.AWSXRayRecorder#beginSubsegmentWithoutSampling", "subsegment", "endSubsegment"));

  private final List<TraceLifecycle> lifecycles;
  private final Map<String, List<TraceLifecycle>> byStartMethod;

  private TraceCatalog(List<TraceLifecycle> lifecycles) {
    this.lifecycles = List.copyOf(lifecycles);
    Map<String, List<TraceLifecycle>> index = new LinkedHashMap<>();
    for (TraceLifecycle lifecycle : this.lifecycles) {
      index.computeIfAbsent(lifecycle.start().method(), name -> new ArrayList<>()).add(lifecycle);
    }
    index.replaceAll((name, list) -> List.copyOf(list));
    this.byStartMethod = Collections.unmodifiableMap(index);
  }

  /** The default catalogue alone. */
  public static TraceCatalog defaults() {
    return new TraceCatalog(DEFAULTS);
  }

  /**
   * The defaults plus the entries of a {@code StartMethods} option value
   * ({@code OWNER#start:end[|end...]}, comma-separated).
   *
   * @param optionName how the user spelled the option, for error messages
   * @throws CatalogConfigurationException naming the first malformed entry
   */
  public static TraceCatalog withUserEntries(String optionName, String optionValue) {
    List<TraceLifecycle> all = new ArrayList<>(DEFAULTS);
    all.addAll(OptionEntries.parse(optionName, optionValue, TraceLifecycle::parse));
    return new TraceCatalog(all);
  }

  /** Every lifecycle, defaults first. */
  public List<TraceLifecycle> lifecycles() {
    return lifecycles;
  }

  /**
   * The lifecycles whose start call has this simple name; the engine then checks the owner with the types it has.
   * Empty for any other name, which lets rules skip most calls by name alone.
   */
  public List<TraceLifecycle> startsNamed(String methodName) {
    return byStartMethod.getOrDefault(methodName, List.of());
  }

  /** Simple names of every start call, for a cheap first filter. */
  public Set<String> startMethodNames() {
    return byStartMethod.keySet();
  }

  private static TraceLifecycle value(String start, String noun, String... ends) {
    return new TraceLifecycle(MethodRef.parse("default catalogue", start), List.of(ends), EndStyle.END_VALUE, noun);
  }

  private static TraceLifecycle scope(String start) {
    return new TraceLifecycle(MethodRef.parse("default catalogue", start), List.of("close"), EndStyle.CLOSE_SCOPE, "scope");
  }

  private static TraceLifecycle owner(String start, String noun, String end) {
    return new TraceLifecycle(MethodRef.parse("default catalogue", start), List.of(end), EndStyle.END_ON_OWNER, noun);
  }
}
