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
      // Baggage is an ImplicitContextKeyed like Span: makeCurrent() returns a Scope to close.
      scope("io.opentelemetry.api.baggage.Baggage#makeCurrent"),
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
      // The token is a no-op: a finishing transaction clears itself from the scope (SentryTracer#finish).
      scopeUndoneByItsSpan("io.sentry.ISpan#makeCurrent"),
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
      owner("com.amazonaws.xray.AWSXRayRecorder#beginSubsegmentWithoutSampling", "subsegment", "endSubsegment"),
      // Datadog LLM Observability (dd-trace-api): static starts on LLMObs, ended by LLMObsSpan#finish
      value("datadog.trace.api.llmobs.LLMObs#startLLMSpan", "span", "finish"),
      value("datadog.trace.api.llmobs.LLMObs#startAgentSpan", "span", "finish"),
      value("datadog.trace.api.llmobs.LLMObs#startToolSpan", "span", "finish"),
      value("datadog.trace.api.llmobs.LLMObs#startTaskSpan", "span", "finish"),
      value("datadog.trace.api.llmobs.LLMObs#startWorkflowSpan", "span", "finish"),
      value("datadog.trace.api.llmobs.LLMObs#startEmbeddingSpan", "span", "finish"),
      value("datadog.trace.api.llmobs.LLMObs#startRetrievalSpan", "span", "finish"),
      // LangSmith (com.langchain.smith:langsmith-java): a RunTree is posted when it starts and patched when it ends;
      // postRun() returns nothing, so the run it is called on is what it started. Checked against the SDK's source
      // (RunTree.kt); its jar is not served here, so the corpus tests the shape through an in-house look-alike.
      value("com.langchain.smith.tracing.RunTree#postRun", "run", "patchRun"));

  /**
   * The packages of the tracing APIs the catalogue knows: their calls do not throw in normal use (OpenTelemetry's API
   * specification forbids it; the others behave alike), so a call declared by one of their types, or on a receiver of
   * one, is harmless between a start and its end. An entry ending in {@code .*} covers the package and its
   * subpackages; any other covers that package only (Sentry's SDK shares {@code io.sentry.*} with its integrations).
   * The SDKs' exporters and processors are not APIs and are not listed.
   */
  private static final List<String> API_PACKAGES = List.of(
      "io.opentelemetry.api.*", "io.opentelemetry.context.*",
      "brave", "brave.propagation", "brave.baggage", "brave.sampler", "brave.handler",
      "io.micrometer.observation.*", "io.micrometer.tracing.*",
      "io.opentracing.*",
      "io.sentry",
      "com.amazonaws.xray", "com.amazonaws.xray.entities",
      "co.elastic.apm.api",
      "datadog.trace.api", "datadog.trace.api.llmobs");

  /**
   * Calls whose result carries the span (or context) they are given or called on, without activating it: returning,
   * storing or passing on such a result hands the span off, as returning a scope of it does.
   */
  private static final List<MethodRef> CARRIERS = List.of(
      MethodRef.parse("default catalogue", "io.opentelemetry.context.Context#with"),
      MethodRef.parse("default catalogue", "io.opentelemetry.context.Context#wrap"),
      MethodRef.parse("default catalogue", "io.opentelemetry.context.Context#wrapFunction"),
      MethodRef.parse("default catalogue", "io.opentelemetry.context.Context#wrapBiFunction"),
      MethodRef.parse("default catalogue", "io.opentelemetry.context.Context#wrapConsumer"),
      MethodRef.parse("default catalogue", "io.opentelemetry.context.Context#wrapBiConsumer"),
      MethodRef.parse("default catalogue", "io.opentelemetry.context.Context#wrapSupplier"),
      MethodRef.parse("default catalogue", "io.opentelemetry.api.trace.Span#storeInContext"));

  /**
   * Calls that drop whatever the thread has current, ending nothing: a test's teardown that calls one clears what its
   * setup began ({@code AWSXRay.clearTraceEntity()}).
   */
  private static final List<MethodRef> CLEARING_CALLS = List.of(
      MethodRef.parse("default catalogue", "com.amazonaws.xray.AWSXRay#clearTraceEntity"),
      MethodRef.parse("default catalogue", "com.amazonaws.xray.AWSXRayRecorder#clearTraceEntity"));

  /**
   * Starts whose value stays reachable when the caller drops it: Sentry's {@code startTransaction} can bind the
   * transaction to the scope ({@code bindToScope}), from where {@code Sentry.getSpan()} finds it again.
   */
  private static final List<MethodRef> REACHABLE_WHEN_DROPPED = List.of(
      MethodRef.parse("default catalogue", "io.sentry.Sentry#startTransaction"));

  /**
   * Scope starts whose scope the SDK can hand back later, with the call that does: Micrometer keeps an observation's
   * open scope in its registry ({@code ObservationRegistry#getCurrentObservationScope}), so a framework hook may open
   * it and a paired hook of the same class close it ({@code messageReceived} / {@code donePollingTask},
   * {@code preHandle} / {@code afterCompletion}).
   */
  private static final Map<MethodRef, MethodRef> CURRENT_SCOPE_LOOKUPS = Map.of(
      MethodRef.parse("default catalogue", "io.micrometer.observation.Observation#openScope"),
      MethodRef.parse("default catalogue", "io.micrometer.observation.ObservationRegistry#getCurrentObservationScope"));

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

  /** Whether a type (by canonical name) belongs to a catalogued tracing API: see {@link #API_PACKAGES}. */
  public static boolean isTracingApiType(String canonicalName) {
    if (canonicalName == null) {
      return false;
    }
    String pkg = MethodRef.packageOf(canonicalName);
    for (String entry : API_PACKAGES) {
      if (entry.endsWith(".*")) {
        String root = entry.substring(0, entry.length() - 2);
        if (pkg.equals(root) || pkg.startsWith(root + ".")) {
          return true;
        }
      } else if (pkg.equals(entry)) {
        return true;
      }
    }
    return false;
  }

  /** The calls whose result carries the span or context they are given, for hand-off tracking. */
  public static List<MethodRef> carriers() {
    return CARRIERS;
  }

  /**
   * Whether a value started by {@code start} may be found again after its start call's result is dropped, so that a
   * start standing alone as a statement is not a leak.
   */
  public static boolean staysReachableWhenDropped(MethodRef start) {
    return REACHABLE_WHEN_DROPPED.contains(start);
  }

  /**
   * The call that finds again a scope {@code start} opened and its caller dropped ({@link #CURRENT_SCOPE_LOOKUPS}), or
   * {@code null}.
   */
  public static MethodRef currentScopeLookup(MethodRef start) {
    return CURRENT_SCOPE_LOOKUPS.get(start);
  }

  /** The calls that clear the thread's current trace entity without ending it. */
  public static List<MethodRef> clearingCalls() {
    return CLEARING_CALLS;
  }

  private static TraceLifecycle value(String start, String noun, String... ends) {
    return new TraceLifecycle(MethodRef.parse("default catalogue", start), List.of(ends), EndStyle.END_VALUE, noun);
  }

  private static TraceLifecycle scope(String start) {
    return new TraceLifecycle(MethodRef.parse("default catalogue", start), List.of("close"), EndStyle.CLOSE_SCOPE, "scope");
  }

  private static TraceLifecycle scopeUndoneByItsSpan(String start) {
    return new TraceLifecycle(MethodRef.parse("default catalogue", start), List.of("close"), EndStyle.CLOSE_SCOPE,
        "scope", true);
  }

  private static TraceLifecycle owner(String start, String noun, String end) {
    return new TraceLifecycle(MethodRef.parse("default catalogue", start), List.of(end), EndStyle.END_ON_OWNER, noun);
  }
}
