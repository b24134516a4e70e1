package dev.tracelint.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The telemetry calls that block the calling thread until data is exported, for BlockingIngestOnRequestPath, and the
 * one sentence both engines report. The defaults are extended (never replaced) by the user's {@code BlockingCalls}
 * option.
 *
 * <p>Two kinds of call: those that block by themselves ({@code SdkTracerProvider#close}, {@code Sentry#flush}) and
 * those that return an asynchronous result and block only when it is waited on
 * ({@code provider.forceFlush().join(5, SECONDS)}). A bare {@code forceFlush()} hands the work to the exporter's
 * thread and is fine on a request path.
 */
public final class BlockingCallCatalog {

  /** The option's key, as in {@code -XepOpt:BlockingIngestOnRequestPath:BlockingCalls=...} and PMD's {@code blockingCalls}. */
  public static final String BLOCKING_CALLS_OPTION = "BlockingCalls";

  /** The OpenTelemetry SDK's asynchronous result; any {@code join} on it waits for telemetry. */
  public static final String SDK_RESULT_TYPE = "io.opentelemetry.sdk.common.CompletableResultCode";

  /**
   * Without resolved types, a call on a type imported from these packages (the SDK and its exporters) is matched by
   * method name alone: every {@code close()} there shuts a pipeline down and waits, every
   * {@code forceFlush/shutdown/export/flush} returns a {@link #SDK_RESULT_TYPE}.
   */
  public static final List<String> OTEL_SDK_PACKAGE_PREFIXES =
      List.of("io.opentelemetry.sdk.", "io.opentelemetry.exporter.");

  private static final Set<String> OTEL_SDK_ASYNC_METHODS = Set.of("forceFlush", "shutdown", "export", "flush");

  private static final String OTEL_SDK_TYPE = "io.opentelemetry.sdk.OpenTelemetrySdk";

  /** Every {@code close()} of an SDK or exporter type shuts its pipeline down and waits. */
  private static final String OTEL_SDK_BLOCKING_METHOD = "close";

  /**
   * Messages name a telemetry call chain by at most this many calls ({@code sdk.getSdkTracerProvider().forceFlush()}),
   * so that the text stays short.
   */
  public static final int MAX_DESCRIBED_CALLS = 3;

  /** What {@code OpenTelemetrySdk}'s component getters return, for engines that cannot resolve the call. */
  private static final Map<String, String> OTEL_SDK_COMPONENT_GETTERS = Map.of(
      "getSdkTracerProvider", "io.opentelemetry.sdk.trace.SdkTracerProvider",
      "getSdkMeterProvider", "io.opentelemetry.sdk.metrics.SdkMeterProvider",
      "getSdkLoggerProvider", "io.opentelemetry.sdk.logs.SdkLoggerProvider");

  /**
   * What Sentry's static scope getters return ({@code Sentry.getCurrentScopes().flush(2000)}), for engines that
   * cannot resolve the call: the owner's canonical name, {@code #}, the getter's name, to the returned type.
   */
  private static final Map<String, String> SENTRY_SCOPE_GETTERS = Map.of(
      "io.sentry.Sentry#getCurrentScopes", "io.sentry.IScopes",
      "io.sentry.Sentry#getCurrentHub", "io.sentry.IHub");

  /** Calls that wait for an asynchronous result: the blocking step when the result comes from a telemetry call. */
  private static final List<MethodRef> WAITS = List.of(
      ref(SDK_RESULT_TYPE + "#join"),
      ref("java.util.concurrent.Future#get"),
      ref("java.util.concurrent.CompletableFuture#join"));

  /**
   * Calls that make the calling thread wait, whatever for. They wait for telemetry when their synchronizer is released
   * by a telemetry call's callback ({@code flush().whenComplete(latch::countDown); latch.await()}), and a sleep does
   * when it sits next to a flush request ({@code forceFlush(); Thread.sleep(500)}, to let the exporter send).
   */
  private static final List<MethodRef> THREAD_WAITS = List.of(
      ref("java.lang.Thread#sleep"),
      ref("java.util.concurrent.TimeUnit#sleep"),
      ref("java.lang.Thread#join"),
      ref("java.util.concurrent.CountDownLatch#await"),
      ref("java.util.concurrent.CyclicBarrier#await"),
      ref("java.util.concurrent.Semaphore#acquire"),
      ref("java.util.concurrent.Semaphore#acquireUninterruptibly"),
      ref("java.util.concurrent.Future#get"),
      ref("java.util.concurrent.CompletableFuture#join"));

  /**
   * Calls that start a task on another thread and give back a future of it: a handler that waits on that future
   * ({@code CompletableFuture.runAsync(this::drain, pool).get(10, SECONDS)}) waits for whatever the task waits for.
   */
  private static final List<MethodRef> TASK_STARTS = List.of(
      ref("java.util.concurrent.CompletableFuture#runAsync"),
      ref("java.util.concurrent.CompletableFuture#supplyAsync"),
      ref("java.util.concurrent.ExecutorService#submit"));

  /** The waits that only let time pass: next to a flush request, their only purpose is to let the export happen. */
  private static final Set<String> SLEEP_NAMES = Set.of("sleep");

  /** Calls that release a thread waiting on their receiver (one of the {@link #THREAD_WAITS}' synchronizers). */
  private static final List<MethodRef> RELEASES = List.of(
      ref("java.util.concurrent.CountDownLatch#countDown"),
      ref("java.util.concurrent.Semaphore#release"),
      ref("java.util.concurrent.CompletableFuture#complete"),
      ref("java.util.concurrent.CompletableFuture#completeExceptionally"));

  /** Return types that make a configured call asynchronous: it then blocks only when waited on. */
  private static final List<String> ASYNC_RESULT_TYPES = List.of(
      SDK_RESULT_TYPE, "java.util.concurrent.Future", "java.util.concurrent.CompletionStage");

  /**
   * Receivers whose catalogued calls export nothing, so they never wait on a collector: a {@code SimpleMeterRegistry}
   * keeps meters in memory and its {@code close()} publishes nowhere. A handler often creates one as scratch space.
   */
  private static final List<String> NON_EXPORTING_RECEIVERS =
      List.of("io.micrometer.core.instrument.simple.SimpleMeterRegistry");

  private static final List<TelemetryCall> DEFAULTS = defaultCalls();

  private final List<TelemetryCall> calls;
  private final Map<String, List<TelemetryCall>> byMethodName;

  private BlockingCallCatalog(List<TelemetryCall> calls) {
    this.calls = List.copyOf(calls);
    Map<String, List<TelemetryCall>> index = new LinkedHashMap<>();
    for (TelemetryCall call : this.calls) {
      index.computeIfAbsent(call.method().method(), name -> new ArrayList<>()).add(call);
    }
    index.replaceAll((name, list) -> List.copyOf(list));
    this.byMethodName = Collections.unmodifiableMap(index);
  }

  /** The default catalogue alone. */
  public static BlockingCallCatalog defaults() {
    return new BlockingCallCatalog(DEFAULTS);
  }

  /**
   * The defaults plus the entries of a {@code BlockingCalls} option value ({@code OWNER#method}, comma-separated).
   * A configured call blocks by itself, unless its declared return type is a future or a {@code CompletableResultCode}
   * (where an engine can see it): then, like {@code forceFlush()}, it blocks only when waited on.
   *
   * @param optionName how the user spelled the option, for error messages
   * @throws CatalogConfigurationException naming the first malformed entry
   */
  public static BlockingCallCatalog withUserEntries(String optionName, String optionValue) {
    List<TelemetryCall> all = new ArrayList<>(DEFAULTS);
    for (MethodRef method : OptionEntries.methodRefs(optionName, optionValue)) {
      all.add(new TelemetryCall(method, Kind.BLOCKING, true));
    }
    return new BlockingCallCatalog(all);
  }

  /** Every telemetry call, defaults first. */
  public List<TelemetryCall> calls() {
    return calls;
  }

  /** The telemetry calls of this simple name; the engine then checks the owner with the types it has. */
  public List<TelemetryCall> callsNamed(String methodName) {
    return byMethodName.getOrDefault(methodName, List.of());
  }

  /** The calls that wait for an asynchronous result. */
  public static List<MethodRef> waits() {
    return WAITS;
  }

  /** Calls that make the calling thread wait, whatever for. */
  public static List<MethodRef> threadWaits() {
    return THREAD_WAITS;
  }

  /** Calls that run a task on another thread and give back a future of it ({@code runAsync}, {@code submit}). */
  public static List<MethodRef> taskStarts() {
    return TASK_STARTS;
  }

  /** How a message names a wait on a task that blocks on telemetry: {@code f.get() (its task reaches ...)}. */
  public static String describeWaitedTask(String wait, String reached) {
    return wait + " (its task reaches " + reached + ")";
  }

  /** Whether a thread wait of this name only lets time pass ({@code Thread.sleep}, {@code TimeUnit#sleep}). */
  public static boolean isSleep(String methodName) {
    return SLEEP_NAMES.contains(methodName);
  }

  /** Calls that release a thread waiting on their receiver ({@code countDown}, {@code release}, {@code complete}). */
  public static List<MethodRef> releases() {
    return RELEASES;
  }

  /**
   * Whether a wait is on the OpenTelemetry SDK's own result type, which only telemetry produces: it blocks on telemetry
   * whatever returned the result. The other waits ({@code Future#get}, {@code CompletableFuture#join}) block on
   * telemetry only when a telemetry call returned the future.
   */
  public static boolean isWaitOnTelemetryResult(MethodRef wait) {
    return wait.owner().equals(SDK_RESULT_TYPE);
  }

  /**
   * Whether a call of this simple name can be a blocking telemetry call or a wait on one, by this catalogue or by the
   * name-only rules for the OpenTelemetry SDK: a pre-filter that needs no types.
   */
  public boolean mayBlock(String methodName) {
    return byMethodName.containsKey(methodName) || isWaitName(methodName)
        || THREAD_WAITS.stream().anyMatch(wait -> wait.method().equals(methodName))
        || methodName.equals(OTEL_SDK_BLOCKING_METHOD) || OTEL_SDK_ASYNC_METHODS.contains(methodName);
  }

  /** Whether a call of this simple name may wait for an asynchronous result ({@code join}, {@code get}). */
  public static boolean isWaitName(String methodName) {
    for (MethodRef wait : WAITS) {
      if (wait.method().equals(methodName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Receiver types (canonical names) whose catalogued calls export nothing and never block, even though the call
   * matches an entry through a supertype ({@code SimpleMeterRegistry#close} matches {@code MeterRegistry#close}). An
   * engine checks the receiver's type and, for a local variable, the type its initializer constructs.
   */
  public static List<String> nonExportingReceivers() {
    return NON_EXPORTING_RECEIVERS;
  }

  /** Return types of calls that do not block until their result is waited on. */
  public static List<String> asyncResultTypes() {
    return ASYNC_RESULT_TYPES;
  }

  /**
   * The kind of a call on an OpenTelemetry SDK or exporter type known only by its name (no resolved types), or
   * {@code null} when the owner is in neither or the method is not one of its flush, shutdown, export or close calls.
   */
  public static Kind otelSdkKind(String ownerCanonicalName, String methodName) {
    if (ownerCanonicalName == null
        || OTEL_SDK_PACKAGE_PREFIXES.stream().noneMatch(ownerCanonicalName::startsWith)) {
      return null;
    }
    if (methodName.equals(OTEL_SDK_BLOCKING_METHOD)) {
      return Kind.BLOCKING;
    }
    return OTEL_SDK_ASYNC_METHODS.contains(methodName) ? Kind.ASYNC : null;
  }

  /**
   * The canonical name of the SDK component a getter of {@code OpenTelemetrySdk} returns
   * ({@code sdk.getSdkTracerProvider()} is a {@code SdkTracerProvider}), or {@code null} for any other call. Lets an
   * engine without resolved types classify {@code sdk.getSdkTracerProvider().forceFlush().join(...)}.
   */
  public static String otelSdkComponentType(String ownerCanonicalName, String methodName) {
    return OTEL_SDK_TYPE.equals(ownerCanonicalName) ? OTEL_SDK_COMPONENT_GETTERS.get(methodName) : null;
  }

  /**
   * The canonical name of the telemetry type a getter returns, for engines that cannot resolve the call: an
   * {@code OpenTelemetrySdk} component ({@link #otelSdkComponentType}) or the scopes Sentry's static getters return
   * ({@code Sentry.getCurrentScopes()} is an {@code IScopes}); {@code null} for any other call.
   */
  public static String getterResultType(String ownerCanonicalName, String methodName) {
    String component = otelSdkComponentType(ownerCanonicalName, methodName);
    return component != null ? component : SENTRY_SCOPE_GETTERS.get(ownerCanonicalName + "#" + methodName);
  }

  /**
   * How a message names a call: {@code provider.close()} when the receiver is a plain name (a variable, a field or a
   * type), {@code close()} otherwise. Only names, never argument values.
   *
   * @param receiver the receiver's name, or {@code null} when there is none or it is not a plain name
   */
  public static String describeCall(String receiver, String methodName) {
    return (receiver == null ? "" : receiver + ".") + methodName + "()";
  }

  /**
   * How a message names a wait on a described call or variable: {@code provider.forceFlush().join()}.
   *
   * @param awaited the described call or variable, or {@code null} when it cannot be named plainly
   */
  public static String describeWait(String awaited, String waitMethodName) {
    return describeCall(awaited, waitMethodName);
  }

  /** How a message names a sleep next to a flush request: {@code Thread.sleep() next to provider.forceFlush()}. */
  public static String describeSleepBeside(String sleep, String flushRequest) {
    return sleep + " next to " + flushRequest;
  }

  /** How a message names a functional route's lambda as a handler: {@code GET() route}. */
  public static String routeHandlerName(String registration) {
    return registration + "() route";
  }

  /** The finding for a blocking call written in the handler itself. */
  public static String message(String blockingCall, String handler) {
    return blockingCall + " blocks request handler '" + handler + "' until telemetry is sent: " + remedy();
  }

  /** The finding for a handler's call into a helper of its class that (directly or through its own helpers) blocks. */
  public static String helperMessage(String helper, String blockingCall, String handler) {
    return helper + "() reaches " + blockingCall + ", which blocks request handler '" + handler
        + "' until telemetry is sent: " + remedy();
  }

  private static String remedy() {
    return "flush asynchronously or let the batch processor do it; never wait on telemetry while serving a request";
  }

  private static List<TelemetryCall> defaultCalls() {
    List<TelemetryCall> all = new ArrayList<>();
    // OpenTelemetry SDK: close() is shutdown().join(10, SECONDS); the others return a CompletableResultCode.
    for (String owner : List.of(
        "io.opentelemetry.sdk.OpenTelemetrySdk",
        "io.opentelemetry.sdk.trace.SdkTracerProvider",
        "io.opentelemetry.sdk.metrics.SdkMeterProvider",
        "io.opentelemetry.sdk.logs.SdkLoggerProvider",
        "io.opentelemetry.sdk.trace.SpanProcessor",
        "io.opentelemetry.sdk.logs.LogRecordProcessor",
        "io.opentelemetry.sdk.metrics.export.MetricReader")) {
      all.add(blocking(owner + "#close"));
      all.add(async(owner + "#shutdown"));
      if (!owner.endsWith(".OpenTelemetrySdk")) {
        all.add(async(owner + "#forceFlush"));
      }
    }
    for (String owner : List.of(
        "io.opentelemetry.sdk.trace.export.SpanExporter",
        "io.opentelemetry.sdk.logs.export.LogRecordExporter",
        "io.opentelemetry.sdk.metrics.export.MetricExporter")) {
      all.add(blocking(owner + "#close"));
      all.add(async(owner + "#shutdown"));
      all.add(async(owner + "#flush"));
      all.add(async(owner + "#export"));
    }
    // Sentry: flush(timeout) waits up to the timeout; close() waits shutdownTimeoutMillis. IHub extends IScopes and is
    // listed for engines without types.
    all.add(blocking("io.sentry.Sentry#flush"));
    all.add(blocking("io.sentry.Sentry#close"));
    all.add(blocking("io.sentry.IScopes#flush"));
    all.add(blocking("io.sentry.IHub#flush"));
    all.add(blocking("io.sentry.ISentryClient#flush"));
    // Datadog (dd-trace-api): the tracer's flush waits for the writer ("block until complete"), flushMetrics for the
    // metrics report (up to 2.5 s); the tracer is reached as ((InternalTracer) GlobalTracer.get()).
    all.add(blocking("datadog.trace.api.internal.InternalTracer#flush"));
    all.add(blocking("datadog.trace.api.internal.InternalTracer#flushMetrics"));
    // Brave and Zipkin: flush() sends on the caller's thread.
    all.add(blocking("zipkin2.reporter.AsyncReporter#flush"));
    all.add(blocking("zipkin2.reporter.AsyncReporter#close"));
    all.add(blocking("zipkin2.reporter.brave.AsyncZipkinSpanHandler#flush"));
    all.add(blocking("zipkin2.reporter.brave.AsyncZipkinSpanHandler#close"));
    all.add(blocking("brave.Tracing#close"));
    // Micrometer: close() publishes a last time.
    all.add(blocking("io.micrometer.core.instrument.MeterRegistry#close"));
    return List.copyOf(all);
  }

  private static TelemetryCall blocking(String method) {
    return new TelemetryCall(ref(method), Kind.BLOCKING, false);
  }

  private static TelemetryCall async(String method) {
    return new TelemetryCall(ref(method), Kind.ASYNC, false);
  }

  private static MethodRef ref(String method) {
    return MethodRef.parse("default catalogue", method);
  }

  /** Whether a telemetry call blocks by itself or only when its result is waited on. */
  public enum Kind {
    /** Blocks the calling thread until telemetry is sent or the pipeline is shut down. */
    BLOCKING,
    /** Returns an asynchronous result; blocks only when that result is waited on. */
    ASYNC
  }

  /**
   * One telemetry call of the catalogue.
   *
   * @param method the call
   * @param kind whether it blocks by itself
   * @param configured whether it comes from the user's option: it is then asynchronous when its declared return type
   *     is one of {@link #asyncResultTypes()}, which only engines with types can tell
   */
  public record TelemetryCall(MethodRef method, Kind kind, boolean configured) {}
}
