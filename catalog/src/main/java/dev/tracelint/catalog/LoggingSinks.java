package dev.tracelint.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calls that write their arguments to a log or the console, per logger API: SLF4J (including the fluent
 * {@code atInfo()} builder), Log4j 2 (including {@code printf} and {@code LogBuilder}), {@code java.util.logging},
 * {@code System.Logger}, Commons Logging, JBoss Logging, the Azure SDK's {@code ClientLogger} (with its
 * {@code atInfo()} builder), AWS Lambda's {@code LambdaLogger}, an OpenTelemetry log record's body, the logging context
 * (SLF4J's {@code MDC}, Log4j's {@code ThreadContext}), and {@code System.out}/{@code System.err}.
 */
public final class LoggingSinks {
  private LoggingSinks() {}

  /** The console stream type: its calls are sinks only on {@code System.out} or {@code System.err}. */
  public static final String PRINT_STREAM = "java.io.PrintStream";

  /** The type whose {@linkplain #isConsoleField console fields} hold the console streams. */
  public static final String CONSOLE_OWNER = "java.lang.System";

  private static final Map<String, Set<String>> SINKS = sinks();

  private static final Set<String> BUILDER_STEPS = Set.of(
      "atTrace", "atDebug", "atVerbose", "atInfo", "atWarn", "atWarning", "atError", "atFatal", "atLevel",
      "addArgument", "addKeyValue",
      "setMessage", "addMarker", "setCause", "withMarker", "withThrowable", "withLocation");

  /** Factory methods that return a logger: SLF4J's and Log4j's {@code getLogger}, Commons Logging's {@code getLog}. */
  private static final Set<String> LOGGER_FACTORIES = Set.of("getLogger", "getLog");

  private static Map<String, Set<String>> sinks() {
    Map<String, Set<String>> sinks = new LinkedHashMap<>();
    sinks.put("org.slf4j.Logger", Set.of("trace", "debug", "info", "warn", "error"));
    sinks.put("org.slf4j.spi.LoggingEventBuilder", Set.of("log", "addArgument", "addKeyValue", "setMessage"));
    sinks.put("org.apache.logging.log4j.Logger",
        Set.of("trace", "debug", "info", "warn", "error", "fatal", "log", "printf", "traceEntry", "traceExit"));
    sinks.put("org.apache.logging.log4j.LogBuilder", Set.of("log"));
    sinks.put("java.util.logging.Logger", Set.of(
        "severe", "warning", "info", "config", "fine", "finer", "finest", "log", "logp", "logrb", "entering",
        "exiting"));
    sinks.put("java.lang.System.Logger", Set.of("log"));
    sinks.put("org.apache.commons.logging.Log", Set.of("trace", "debug", "info", "warn", "error", "fatal"));
    sinks.put("org.jboss.logging.BasicLogger", Set.of(
        "trace", "tracef", "tracev", "debug", "debugf", "debugv", "info", "infof", "infov", "warn", "warnf", "warnv",
        "error", "errorf", "errorv", "fatal", "fatalf", "fatalv", "log", "logf", "logv"));
    // Azure SDK's logger (every Azure client logs through it) and its fluent builder
    sinks.put("com.azure.core.util.logging.ClientLogger", Set.of("verbose", "info", "warning", "error", "log"));
    sinks.put("com.azure.core.util.logging.LoggingEventBuilder", Set.of("log", "addKeyValue"));
    // AWS Lambda's logger (context.getLogger(), LambdaRuntime.getLogger()): every line goes to CloudWatch Logs
    sinks.put("com.amazonaws.services.lambda.runtime.LambdaLogger", Set.of("log"));
    sinks.put("io.opentelemetry.api.logs.LogRecordBuilder", Set.of("setBody"));
    sinks.put(PRINT_STREAM, Set.of("print", "println", "printf", "format"));
    return Map.copyOf(sinks);
  }

  /** Which arguments of a telemetry attribute call carry the values it records. */
  public enum AttributeValues {
    /** Every argument after the first, which names the attribute: {@code setAttribute(name, value)}. */
    AFTER_NAME,
    /**
     * The first argument, text shown as it is: an event's name ({@code span.addEvent("key " + apiKey)}), or the
     * exception recorded, whose message becomes the event's {@code exception.message} attribute
     * ({@code span.recordException(new IllegalStateException("bad key " + apiKey))}). What follows is judged where it
     * is built (an {@code Attributes}) or is a time.
     */
    FIRST,
    /** Every second argument of name/value pairs, an even number of them: {@code Attributes.of(k1, v1, k2, v2)}. */
    PAIRS,
    /**
     * Every second argument of the name/value pairs that follow a meter's name, an odd number of arguments:
     * {@code registry.counter("calls", k1, v1, k2, v2)}.
     */
    PAIRS_AFTER_NAME,
    /**
     * The entries of the map given as the last argument, recorded whole: {@code span.log(fields)},
     * {@code llmObsSpan.setTags(tags)}.
     */
    MAP
  }

  /**
   * Calls that record a value on a span, observation, log record or meter, which the telemetry backend keeps and
   * shows, or that build the attribute and tag collections recorded there (OpenTelemetry {@code Attributes},
   * Micrometer {@code Tags} and {@code KeyValues}: they exist only to be recorded). OpenTelemetry's
   * {@code Span#setAttribute}, {@code Span#addEvent} (its name) and {@code Span#recordException} (its message), {@code SpanBuilder#setAttribute}, {@code LogRecordBuilder#setAttribute},
   * {@code Attributes.of} and {@code AttributesBuilder#put}; Micrometer's {@code Observation#highCardinalityKeyValue}
   * and {@code lowCardinalityKeyValue}, {@code KeyValue(s).of}, {@code KeyValues#and}, {@code Tag(s).of},
   * {@code Tags#and} and the meter builders' {@code tag}/{@code tags}; Micrometer Tracing's and Brave's
   * {@code SpanCustomizer#tag}, Brave's {@code MutableSpan#tag}; the events of Micrometer Tracing's spans
   * ({@code event}) and Brave's ({@code annotate}), and the exception their {@code Span#error} records; OpenTracing's {@code Span#setTag},
   * {@code setBaggageItem} and {@code SpanBuilder#withTag}; Sentry's {@code ISpan#setData}/{@code setTag}, static
   * {@code Sentry.setTag}/{@code setExtra} and {@code IScope#setTag}/{@code setExtra}; Elastic's {@code Span#setLabel}; Datadog's {@code MutableSpan#setTag} and
   * {@code LLMObsSpan#setTag}. Also the calls that take a map and record every entry (Datadog's
   * {@code LLMObsSpan#setTags}, OpenTracing's {@code Span#log}), Micrometer's {@code MeterRegistry} and static
   * {@code Metrics} shortcuts that take the tags after the meter's name ({@code counter}, {@code timer},
   * {@code summary}), and OpenTelemetry's {@code BaggageBuilder#put}: baggage travels in a header to every downstream
   * service.
   */
  private static final Map<String, Map<String, AttributeValues>> TELEMETRY_ATTRIBUTE_SINKS = telemetryAttributeSinks();

  private static Map<String, Map<String, AttributeValues>> telemetryAttributeSinks() {
    Map<String, Map<String, AttributeValues>> sinks = new LinkedHashMap<>();
    AttributeValues afterName = AttributeValues.AFTER_NAME;
    AttributeValues pairs = AttributeValues.PAIRS;
    AttributeValues first = AttributeValues.FIRST;
    sinks.put("io.opentelemetry.api.trace.Span",
        Map.of("setAttribute", afterName, "addEvent", first, "recordException", first));
    sinks.put("io.opentelemetry.api.trace.SpanBuilder", Map.of("setAttribute", afterName));
    sinks.put("io.opentelemetry.api.logs.LogRecordBuilder", Map.of("setAttribute", afterName));
    sinks.put("io.opentelemetry.api.common.Attributes", Map.of("of", pairs));
    sinks.put("io.opentelemetry.api.common.AttributesBuilder", Map.of("put", afterName));
    sinks.put("io.micrometer.observation.Observation",
        Map.of("highCardinalityKeyValue", afterName, "lowCardinalityKeyValue", afterName));
    sinks.put("io.micrometer.common.KeyValue", Map.of("of", pairs));
    sinks.put("io.micrometer.common.KeyValues", Map.of("of", pairs, "and", pairs));
    sinks.put("io.micrometer.core.instrument.Tag", Map.of("of", pairs));
    sinks.put("io.micrometer.core.instrument.Tags", Map.of("of", pairs, "and", pairs));
    for (String meter : List.of("Counter", "Timer", "DistributionSummary", "Gauge", "LongTaskTimer", "FunctionCounter",
        "FunctionTimer", "TimeGauge")) {
      sinks.put("io.micrometer.core.instrument." + meter + ".Builder", Map.of("tag", afterName, "tags", pairs));
    }
    sinks.put("io.micrometer.tracing.SpanCustomizer", Map.of("tag", afterName, "event", first));
    // error(Throwable) records the exception, whose message the backend shows: new IllegalStateException("key " + key)
    sinks.put("io.micrometer.tracing.Span", Map.of("tag", afterName, "event", first, "error", first));
    sinks.put("brave.SpanCustomizer", Map.of("tag", afterName, "annotate", first));
    sinks.put("brave.Span", Map.of("error", first));
    sinks.put("brave.handler.MutableSpan", Map.of("tag", afterName));
    sinks.put("io.opentracing.Span", Map.of("setTag", afterName, "setBaggageItem", afterName, "log", AttributeValues.MAP));
    sinks.put("io.opentracing.Tracer.SpanBuilder", Map.of("withTag", afterName));
    sinks.put("io.sentry.ISpan", Map.of("setData", afterName, "setTag", afterName));
    sinks.put("io.sentry.Sentry", Map.of("setTag", afterName, "setExtra", afterName));
    // the scope Sentry.configureScope(scope -> ..) hands over: its tags and extras go with every event
    sinks.put("io.sentry.IScope", Map.of("setTag", afterName, "setExtra", afterName));
    sinks.put("co.elastic.apm.api.Span", Map.of("setLabel", afterName));
    sinks.put("datadog.trace.api.interceptor.MutableSpan", Map.of("setTag", afterName));
    sinks.put("datadog.trace.api.llmobs.LLMObsSpan", Map.of("setTag", afterName, "setTags", AttributeValues.MAP));
    AttributeValues tagsAfterName = AttributeValues.PAIRS_AFTER_NAME;
    for (String shortcuts : List.of("MeterRegistry", "Metrics")) {
      sinks.put("io.micrometer.core.instrument." + shortcuts,
          Map.of("counter", tagsAfterName, "timer", tagsAfterName, "summary", tagsAfterName));
    }
    sinks.put("io.opentelemetry.api.baggage.BaggageBuilder", Map.of("put", afterName));
    return Map.copyOf(sinks);
  }

  /** The span, observation and SDK types whose calls record an attribute's value ({@link #TELEMETRY_ATTRIBUTE_SINKS}). */
  public static Set<String> telemetryAttributeOwners() {
    return TELEMETRY_ATTRIBUTE_SINKS.keySet();
  }

  /**
   * Which arguments of {@code ownerType#methodName} are recorded as telemetry attribute values, or {@code null} when
   * the call records none.
   */
  public static AttributeValues telemetryAttributeValues(String ownerType, String methodName) {
    Map<String, AttributeValues> methods = TELEMETRY_ATTRIBUTE_SINKS.get(ownerType);
    return methods == null ? null : methods.get(methodName);
  }

  /** Every telemetry attribute sink's simple name, for a cheap first filter. */
  public static Set<String> telemetryAttributeMethodNames() {
    return TELEMETRY_ATTRIBUTE_METHOD_NAMES;
  }

  /**
   * The static calls that put a value into the logging context, which every later log line of the thread prints
   * ({@code %X{..}} in a pattern, every entry in a JSON encoder): SLF4J's {@code MDC.put}/{@code putCloseable} and
   * Log4j's {@code ThreadContext.put}/{@code putIfNull}.
   */
  public static final List<MethodRef> LOGGING_CONTEXT_PUTS = List.of(
      new MethodRef("org.slf4j.MDC", "put"), new MethodRef("org.slf4j.MDC", "putCloseable"),
      new MethodRef("org.apache.logging.log4j.ThreadContext", "put"),
      new MethodRef("org.apache.logging.log4j.ThreadContext", "putIfNull"));

  /** Computed once: FullSecretLogged asks for both name lists in every compilation unit. */
  private static final Set<String> METHOD_NAMES = methodNamesOf(SINKS, LOGGING_CONTEXT_PUTS);
  private static final Set<String> TELEMETRY_ATTRIBUTE_METHOD_NAMES =
      telemetryAttributeMethodNamesOf(TELEMETRY_ATTRIBUTE_SINKS);

  private static Set<String> methodNamesOf(Map<String, Set<String>> sinks, List<MethodRef> contextPuts) {
    Set<String> names = new LinkedHashSet<>();
    sinks.values().forEach(names::addAll);
    contextPuts.forEach(put -> names.add(put.method()));
    return Collections.unmodifiableSet(names);
  }

  private static Set<String> telemetryAttributeMethodNamesOf(Map<String, Map<String, AttributeValues>> sinks) {
    Set<String> names = new LinkedHashSet<>();
    sinks.values().forEach(methods -> names.addAll(methods.keySet()));
    return Collections.unmodifiableSet(names);
  }

  /** The logger and stream types whose calls may be sinks, as canonical names (nested types with dots). */
  public static Set<String> ownerTypes() {
    return SINKS.keySet();
  }

  /** Whether a call of {@code methodName} declared in (or inherited by) {@code ownerType} writes its arguments. */
  public static boolean isSink(String ownerType, String methodName) {
    Set<String> methods = SINKS.get(ownerType);
    return methods != null && methods.contains(methodName);
  }

  /** Every sink method's simple name, for a cheap first filter before any type check. */
  public static Set<String> methodNames() {
    return METHOD_NAMES;
  }

  /** Whether {@code System.<fieldName>} (of {@link #CONSOLE_OWNER}) is a console stream whose prints are sinks. */
  public static boolean isConsoleField(String fieldName) {
    return "out".equals(fieldName) || "err".equals(fieldName);
  }

  /**
   * Without type information: whether a receiver variable named {@code name} is, by convention, a logger
   * ({@code log}, {@code LOG}, {@code logger}, {@code auditLogger}, {@code LOGGER}).
   */
  public static boolean isLoggerName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("log") || lower.endsWith("logger") || lower.equals("_log") || lower.endsWith("_log");
  }

  /** Without type information: whether a receiver's declared type's simple name is a logger type's. */
  public static boolean isLoggerTypeSimpleName(String simpleName) {
    return List.of("Logger", "Log", "BasicLogger", "LoggingEventBuilder", "LogBuilder", "ClientLogger", "LambdaLogger")
        .contains(simpleName);
  }

  /**
   * Without type information: whether a call of this simple name is a step of a fluent logging chain
   * ({@code log.atInfo().addArgument(token).log(...)}), so that its result is a log event builder.
   */
  public static boolean isFluentBuilderStep(String methodName) {
    return BUILDER_STEPS.contains(methodName);
  }

  /**
   * Without type information: whether a call of this simple name returns a logger
   * ({@code LoggerFactory.getLogger(..)}, {@code LogFactory.getLog(..)}), so that a call on its result is a log call.
   */
  public static boolean isLoggerFactory(String methodName) {
    return LOGGER_FACTORIES.contains(methodName);
  }

  /** Whether {@code methodName} is a sink of some logger type, excluding the console stream's methods. */
  public static boolean isLoggerSinkName(String methodName) {
    for (Map.Entry<String, Set<String>> entry : SINKS.entrySet()) {
      if (!entry.getKey().equals(PRINT_STREAM) && entry.getValue().contains(methodName)) {
        return true;
      }
    }
    return false;
  }
}
