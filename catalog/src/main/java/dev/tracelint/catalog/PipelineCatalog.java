package dev.tracelint.catalog;

import dev.tracelint.catalog.PipelineKind.Creation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What ExitBeforeTraceFlush knows: the trace pipelines a program builds and owns (they export from a daemon thread
 * and lose what they still buffer when the process exits), the calls that complete them, the calls that exit the
 * process, how a shutdown hook is registered, and the lifecycles that someone else manages. The default pipelines are
 * extended (never replaced) by the user's {@code Pipelines} option.
 *
 * <p>Deliberately absent, because the process does not own them or someone else completes them: the
 * {@code GlobalOpenTelemetry.get()} instance (and so the OpenTelemetry Java agent's), Sentry ({@code Sentry.init}
 * registers a flush-on-exit hook by default), Spring Boot and other frameworks that close their beans on shutdown.
 * {@code AutoConfiguredOpenTelemetrySdk} registers its own shutdown hook: it is a pipeline whose hook covers a normal
 * exit and {@code System.exit}, but not {@code Runtime.halt}.
 */
public final class PipelineCatalog {

  /** The option's key, as in {@code -XepOpt:ExitBeforeTraceFlush:Pipelines=...} and PMD's {@code pipelines}. */
  public static final String PIPELINES_OPTION = "Pipelines";

  /** The OpenTelemetry SDK's asynchronous result; {@code join(timeout, unit)} waits for it. */
  public static final String SDK_RESULT_TYPE = "io.opentelemetry.sdk.common.CompletableResultCode";

  /** Return types of a complete method that make it count only when waited on. */
  public static final List<String> ASYNC_RESULT_TYPES =
      List.of(SDK_RESULT_TYPE, "java.util.concurrent.Future", "java.util.concurrent.CompletionStage");

  /** Calls that wait for an asynchronous result: {@code CompletableResultCode#join}, {@code Future#get}, {@code CompletableFuture#join}. */
  public static final Set<String> WAIT_METHODS = Set.of("join", "get");

  /** {@code CompletableResultCode.ofAll(List.of(a.shutdown(), b.shutdown())).join(..)} waits for every result in it. */
  public static final MethodRef RESULT_COMBINATOR = ref(SDK_RESULT_TYPE + "#ofAll");

  /** How a pipeline's value is read out of what built it: the SDK of an auto-configured SDK. */
  public static final String SDK_GETTER = "getOpenTelemetrySdk";

  /**
   * Calls that register the pipeline being built as the global instance ({@code buildAndRegisterGlobal()},
   * {@code AutoConfiguredOpenTelemetrySdk.builder().setResultAsGlobal()}): any code may record into it from then on.
   */
  public static final Set<String> GLOBAL_REGISTRATION_METHODS = Set.of("buildAndRegisterGlobal", "setResultAsGlobal");

  /** {@code AutoConfiguredOpenTelemetrySdk.builder()...disableShutdownHook().build()} registers no hook. */
  public static final String DISABLE_HOOK_METHOD = "disableShutdownHook";

  private static final String OTEL_SDK = "io.opentelemetry.sdk.";
  private static final Set<String> OTEL_COMPLETIONS_WAITED = Set.of("shutdown", "forceFlush");

  /** The OpenTelemetry SDK itself: {@code OpenTelemetrySdk.builder()...build()}. */
  public static final PipelineKind OPENTELEMETRY_SDK = new PipelineKind("OpenTelemetry SDK",
      List.of(builderCall(OTEL_SDK + "OpenTelemetrySdkBuilder#build", OTEL_SDK + "OpenTelemetrySdk#builder"),
          builderCall(OTEL_SDK + "OpenTelemetrySdkBuilder#buildAndRegisterGlobal", OTEL_SDK + "OpenTelemetrySdk#builder")),
      List.of("close", "shutdown"), Set.of("shutdown"),
      Set.of("setTracerProvider", "setMeterProvider", "setLoggerProvider"),
      "getSdkTracerProvider().forceFlush().join(..)", false, false);

  private static final List<PipelineKind> DEFAULTS = List.of(
      OPENTELEMETRY_SDK,
      new PipelineKind("tracer provider",
          List.of(builderCall(OTEL_SDK + "trace.SdkTracerProviderBuilder#build", OTEL_SDK + "trace.SdkTracerProvider#builder")),
          List.of("close", "shutdown", "forceFlush"), OTEL_COMPLETIONS_WAITED,
          Set.of("addSpanProcessor", "addSpanProcessorFirst"), "forceFlush().join(..)", false, false),
      new PipelineKind("meter provider",
          List.of(builderCall(OTEL_SDK + "metrics.SdkMeterProviderBuilder#build", OTEL_SDK + "metrics.SdkMeterProvider#builder")),
          List.of("close", "shutdown", "forceFlush"), OTEL_COMPLETIONS_WAITED, Set.of(), "forceFlush().join(..)",
          false, false),
      new PipelineKind("logger provider",
          List.of(builderCall(OTEL_SDK + "logs.SdkLoggerProviderBuilder#build", OTEL_SDK + "logs.SdkLoggerProvider#builder")),
          List.of("close", "shutdown", "forceFlush"), OTEL_COMPLETIONS_WAITED,
          Set.of("addLogRecordProcessor", "addLogRecordProcessorFirst"), "forceFlush().join(..)", false, false),
      new PipelineKind("batch span processor",
          List.of(builderCall(OTEL_SDK + "trace.export.BatchSpanProcessorBuilder#build",
                  OTEL_SDK + "trace.export.BatchSpanProcessor#builder"),
              new Creation(ref(OTEL_SDK + "trace.export.BatchSpanProcessor#create"), null)),
          List.of("close", "shutdown", "forceFlush"), OTEL_COMPLETIONS_WAITED, Set.of(), "forceFlush().join(..)",
          false, false),
      new PipelineKind("batch log record processor",
          List.of(builderCall(OTEL_SDK + "logs.export.BatchLogRecordProcessorBuilder#build",
              OTEL_SDK + "logs.export.BatchLogRecordProcessor#builder")),
          List.of("close", "shutdown", "forceFlush"), OTEL_COMPLETIONS_WAITED, Set.of(), "forceFlush().join(..)",
          false, false),
      new PipelineKind("auto-configured OpenTelemetry SDK",
          List.of(new Creation(ref(OTEL_SDK + "autoconfigure.AutoConfiguredOpenTelemetrySdk#initialize"), null),
              builderCall(OTEL_SDK + "autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder#build",
                  OTEL_SDK + "autoconfigure.AutoConfiguredOpenTelemetrySdk#builder")),
          // Completed through its SDK: autoSdk.getOpenTelemetrySdk().close().
          List.of("close", "shutdown"), Set.of("shutdown"), Set.of(),
          "getOpenTelemetrySdk().getSdkTracerProvider().forceFlush().join(..)", true, false),
      // Brave: closing Tracing does not flush the Zipkin reporter it reports to; both must be completed.
      new PipelineKind("Brave tracing",
          List.of(builderCall("brave.Tracing.Builder#build", "brave.Tracing#newBuilder")),
          List.of("close"), Set.of(), Set.of(), null, false, false),
      new PipelineKind("Zipkin reporter",
          List.of(builderCall("zipkin2.reporter.AsyncReporter.Builder#build", "zipkin2.reporter.AsyncReporter#builder"),
              new Creation(ref("zipkin2.reporter.AsyncReporter#create"), null)),
          List.of("close", "flush"), Set.of(), Set.of(), "flush()", false, false),
      new PipelineKind("Zipkin span handler",
          List.of(builderCall("zipkin2.reporter.brave.AsyncZipkinSpanHandler.Builder#build",
                  "zipkin2.reporter.brave.AsyncZipkinSpanHandler#newBuilder"),
              new Creation(ref("zipkin2.reporter.brave.AsyncZipkinSpanHandler#create"), null)),
          List.of("close", "flush"), Set.of(), Set.of(), "flush()", false, false));

  /**
   * Calls that take a pipeline without taking over its lifecycle: registering it globally, or giving a Zipkin reporter
   * or handler to Brave (which never closes it). Passing a pipeline here is neither a hand-off nor a completion.
   */
  private static final List<MethodRef> NEUTRAL_SINKS = List.of(
      ref("io.opentelemetry.api.GlobalOpenTelemetry#set"),
      ref("brave.Tracing.Builder#addSpanHandler"),
      ref("zipkin2.reporter.brave.ZipkinSpanHandler#create"),
      ref("zipkin2.reporter.brave.ZipkinSpanHandler#newBuilder"));

  /**
   * Parameter types through which a callee can only use a pipeline, never complete it (the API interfaces have no
   * {@code close}): passing an SDK where one of these is declared is a use, not a hand-off.
   */
  private static final Set<String> USE_ONLY_PARAMETER_TYPES = Set.of(
      "io.opentelemetry.api.OpenTelemetry",
      "io.opentelemetry.api.trace.TracerProvider",
      "io.opentelemetry.api.metrics.MeterProvider",
      "io.opentelemetry.api.logs.LoggerProvider");

  /** How a process exits, and what it runs on the way out. */
  public enum ExitKind {
    /** {@code System.exit}, {@code Runtime#exit}: shutdown hooks run, {@code finally} blocks do not. */
    EXIT,
    /** {@code Runtime#halt}: neither shutdown hooks nor {@code finally} blocks run. */
    HALT,
    /** {@code main} returns or throws: {@code finally} blocks and, when the JVM ends, shutdown hooks run. */
    MAIN,
    /** A Lambda handler returns or throws: the environment is frozen, nothing else runs. */
    HANDLER
  }

  private static final Map<MethodRef, ExitKind> EXIT_CALLS = Map.of(
      ref("java.lang.System#exit"), ExitKind.EXIT,
      ref("java.lang.Runtime#exit"), ExitKind.EXIT,
      ref("java.lang.Runtime#halt"), ExitKind.HALT);

  /** {@code Runtime.getRuntime().addShutdownHook(thread)}. */
  public static final MethodRef HOOK_REGISTRATION = ref("java.lang.Runtime#addShutdownHook");

  /** The type of a shutdown hook; its {@code Runnable} argument or {@code run()} body is what the hook does. */
  public static final String THREAD_TYPE = "java.lang.Thread";

  /**
   * Framework entry points: a {@code main} that calls one hands the process to a framework that manages the
   * pipelines' lifecycles (closes its beans on shutdown) and is not judged.
   */
  private static final List<MethodRef> FRAMEWORK_ENTRY_POINTS = List.of(
      ref("org.springframework.boot.SpringApplication#run"),
      ref("org.springframework.boot.SpringApplication#exit"),
      ref("org.springframework.boot.builder.SpringApplicationBuilder#run"),
      ref("io.micronaut.runtime.Micronaut#run"));

  /** AWS Lambda handler interfaces; their {@code handleRequest} is an exit. */
  public static final List<String> LAMBDA_HANDLER_TYPES = List.of(
      "com.amazonaws.services.lambda.runtime.RequestHandler",
      "com.amazonaws.services.lambda.runtime.RequestStreamHandler");

  /** The method of {@link #LAMBDA_HANDLER_TYPES} the runtime calls. */
  public static final String LAMBDA_HANDLER_METHOD = "handleRequest";

  private final List<PipelineKind> kinds;
  private final Map<String, List<Match>> byCreationName;
  private final Set<String> completeNames;

  private PipelineCatalog(List<PipelineKind> kinds) {
    this.kinds = List.copyOf(kinds);
    Map<String, List<Match>> index = new LinkedHashMap<>();
    Set<String> names = new java.util.TreeSet<>();
    for (PipelineKind kind : this.kinds) {
      for (Creation creation : kind.creations()) {
        index.computeIfAbsent(creation.call().method(), name -> new ArrayList<>()).add(new Match(kind, creation));
      }
      names.addAll(kind.completeMethods());
    }
    index.replaceAll((name, list) -> List.copyOf(list));
    this.byCreationName = Collections.unmodifiableMap(index);
    this.completeNames = Set.copyOf(names);
  }

  /** A creation call of one kind of pipeline. */
  public record Match(PipelineKind kind, Creation creation) {}

  /** The default catalogue alone. */
  public static PipelineCatalog defaults() {
    return new PipelineCatalog(DEFAULTS);
  }

  /**
   * The defaults plus the entries of a {@code Pipelines} option value
   * ({@code OWNER#createMethod:completeMethod[|completeMethod...]}, comma-separated).
   *
   * @param optionName how the user spelled the option, for error messages
   * @throws CatalogConfigurationException naming the first malformed entry
   */
  public static PipelineCatalog withUserEntries(String optionName, String optionValue) {
    List<PipelineKind> all = new ArrayList<>(DEFAULTS);
    all.addAll(OptionEntries.parse(optionName, optionValue, PipelineCatalog::parse));
    return new PipelineCatalog(all);
  }

  /**
   * Parses one entry of the {@code Pipelines} option: {@code OWNER#createMethod:completeMethod[|completeMethod...]},
   * e.g. {@code com.example.agent.AgentTracer#create:close|flush}. A complete method that returns a future or a
   * {@code CompletableResultCode} counts only when waited on, which the engines decide from its declared return type.
   *
   * @throws CatalogConfigurationException naming {@code option} and {@code entry} when malformed
   */
  public static PipelineKind parse(String option, String entry) {
    String text = entry.trim();
    int colon = text.indexOf(':');
    if (colon < 0 || colon != text.lastIndexOf(':')) {
      throw new CatalogConfigurationException(
          option, entry, "expected OWNER#createMethod:completeMethod[|completeMethod...]");
    }
    MethodRef create;
    try {
      create = MethodRef.parse(option, text.substring(0, colon));
    } catch (CatalogConfigurationException e) {
      throw new CatalogConfigurationException(option, entry, e.problem());
    }
    String completes = text.substring(colon + 1);
    if (completes.isBlank() || completes.startsWith("|") || completes.endsWith("|") || completes.contains("||")) {
      throw new CatalogConfigurationException(
          option, entry, "expected one or more complete methods separated by '|'");
    }
    List<String> completeMethods = List.of(completes.trim().split("\\s*\\|\\s*"));
    for (String complete : completeMethods) {
      if (!MethodRef.isIdentifier(complete)) {
        throw new CatalogConfigurationException(option, entry, "'" + complete + "' is not a method name");
      }
    }
    return new PipelineKind(create.ownerSimpleName(), List.of(new Creation(create, null)), completeMethods, Set.of(),
        Set.of(), completeMethods.get(0) + "()", false, true);
  }

  /** Every kind of pipeline, defaults first. */
  public List<PipelineKind> kinds() {
    return kinds;
  }

  /** The creations whose call has this simple name; the engine then checks the owner with the types it has. */
  public List<Match> creationsNamed(String methodName) {
    return byCreationName.getOrDefault(methodName, List.of());
  }

  /** Simple names of every creation call, for a cheap first filter. */
  public Set<String> creationNames() {
    return byCreationName.keySet();
  }

  /** Whether some pipeline is completed by a call of this simple name. */
  public boolean isAnyCompleteMethod(String methodName) {
    return completeNames.contains(methodName);
  }

  /** Whether a catalogued kind built in this catalogue must have a call of this name waited on. */
  public static boolean isOpenTelemetryWaited(String methodName) {
    return OTEL_COMPLETIONS_WAITED.contains(methodName);
  }

  /** The exit calls, by the kind of exit they make. */
  public static Map<MethodRef, ExitKind> exitCalls() {
    return EXIT_CALLS;
  }

  public static List<MethodRef> neutralSinks() {
    return NEUTRAL_SINKS;
  }

  public static Set<String> useOnlyParameterTypes() {
    return USE_ONLY_PARAMETER_TYPES;
  }

  public static boolean isUseOnlyParameterType(String canonicalName) {
    return canonicalName != null && USE_ONLY_PARAMETER_TYPES.contains(canonicalName);
  }

  public static List<MethodRef> frameworkEntryPoints() {
    return FRAMEWORK_ENTRY_POINTS;
  }

  /** A pipeline that an exit leaves un-flushed: its kind, the variable holding it (or {@code null}) and its creation. */
  public record Unflushed(PipelineKind kind, String variable, String creationMethod) {}

  /**
   * The diagnostic both engines report for one exit, naming every pipeline it leaves un-flushed (by variable, never
   * by value) and the remedy.
   *
   * @param exitCall how the exit is written in the message: {@code System.exit()}, {@code Runtime.halt()}; ignored
   *     for {@link ExitKind#MAIN} and {@link ExitKind#HANDLER}
   */
  public static String message(ExitKind exit, String exitCall, List<Unflushed> pipelines) {
    if (pipelines.isEmpty()) {
      throw new IllegalArgumentException("no pipeline");
    }
    boolean one = pipelines.size() == 1;
    String subject = join(pipelines.stream().map(PipelineCatalog::subject).toList()) + (one ? " is" : " are");
    String it = one ? "it" : "them";
    switch (exit) {
      case EXIT:
        return subject + " not flushed before " + exitCall + ": call " + remedies(pipelines, false)
            + " first, or register a shutdown hook that closes " + it + "; " + exitCall + " runs no finally block";
      case HALT:
        return subject + " not flushed before " + exitCall + ": call " + remedies(pipelines, false)
            + " first; halt() runs no shutdown hook and no finally block";
      case HANDLER:
        return subject + " not flushed before handleRequest returns: call " + remedies(pipelines, true)
            + " in a finally block; the Lambda environment is frozen after the return and runs no shutdown hook";
      case MAIN:
      default:
        return subject + " not flushed on every path out of main: call " + remedies(pipelines, false)
            + " in a finally block, or register a shutdown hook that closes " + it + " and waits";
    }
  }

  private static String subject(Unflushed pipeline) {
    return pipeline.variable() == null
        ? pipeline.kind().noun() + " built by " + pipeline.creationMethod() + "()"
        : pipeline.kind().noun() + " '" + pipeline.variable() + "'";
  }

  private static String remedies(List<Unflushed> pipelines, boolean flush) {
    List<String> calls = new ArrayList<>();
    for (Unflushed pipeline : pipelines) {
      String completion = flush && pipeline.kind().flushCall() != null
          ? pipeline.kind().flushCall() : pipeline.kind().primaryCompletion();
      if (pipeline.kind().registersHook() && !flush) {
        completion = SDK_GETTER + "()." + completion;
      }
      calls.add(pipeline.variable() == null ? completion + " on it (keep it in a variable)"
          : pipeline.variable() + "." + completion);
    }
    return join(calls);
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** {@code System.exit()}, {@code Runtime.exit()}, {@code Runtime.halt()}: how an exit call is named in messages. */
  public static String exitCallText(MethodRef exitCall) {
    return exitCall.ownerSimpleName() + "." + exitCall.method().toLowerCase(Locale.ROOT) + "()";
  }

  private static Creation builderCall(String call, String chainStart) {
    return new Creation(ref(call), ref(chainStart));
  }

  private static MethodRef ref(String text) {
    return MethodRef.parse("default catalogue", text);
  }
}
