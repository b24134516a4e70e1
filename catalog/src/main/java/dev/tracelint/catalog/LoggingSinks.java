package dev.tracelint.catalog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calls that write their arguments to a log or the console, per logger API: SLF4J (including the fluent
 * {@code atInfo()} builder), Log4j 2 (including {@code printf} and {@code LogBuilder}), {@code java.util.logging},
 * {@code System.Logger}, Commons Logging, JBoss Logging, and {@code System.out}/{@code System.err}.
 */
public final class LoggingSinks {
  private LoggingSinks() {}

  /** The console stream type: its calls are sinks only on {@code System.out} or {@code System.err}. */
  public static final String PRINT_STREAM = "java.io.PrintStream";

  /** The type whose {@linkplain #isConsoleField console fields} hold the console streams. */
  public static final String CONSOLE_OWNER = "java.lang.System";

  private static final Map<String, Set<String>> SINKS = sinks();

  private static final Set<String> BUILDER_STEPS = Set.of(
      "atTrace", "atDebug", "atInfo", "atWarn", "atError", "atFatal", "atLevel", "addArgument", "addKeyValue",
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
    sinks.put(PRINT_STREAM, Set.of("print", "println", "printf", "format"));
    return Map.copyOf(sinks);
  }

  /**
   * Calls that record a value on a span or observation, which the tracing backend keeps and shows: the value is the
   * call's last argument (the first names the attribute). OpenTelemetry's {@code Span#setAttribute} and
   * {@code SpanBuilder#setAttribute}, Micrometer's {@code Observation#highCardinalityKeyValue} and
   * {@code lowCardinalityKeyValue} and Micrometer Tracing's {@code SpanCustomizer#tag}, Brave's
   * {@code SpanCustomizer#tag}, Sentry's {@code ISpan#setData}/{@code setTag} and static {@code Sentry.setTag}/
   * {@code setExtra}, Elastic's {@code Span#setLabel}, Datadog's {@code MutableSpan#setTag} and
   * {@code LLMObsSpan#setTag}.
   */
  private static final Map<String, Set<String>> TELEMETRY_ATTRIBUTE_SINKS = Map.ofEntries(
      Map.entry("io.opentelemetry.api.trace.Span", Set.of("setAttribute")),
      Map.entry("io.opentelemetry.api.trace.SpanBuilder", Set.of("setAttribute")),
      Map.entry("io.micrometer.observation.Observation", Set.of("highCardinalityKeyValue", "lowCardinalityKeyValue")),
      Map.entry("io.micrometer.tracing.SpanCustomizer", Set.of("tag")),
      Map.entry("io.micrometer.tracing.Span", Set.of("tag")),
      Map.entry("brave.SpanCustomizer", Set.of("tag")),
      Map.entry("io.sentry.ISpan", Set.of("setData", "setTag")),
      Map.entry("io.sentry.Sentry", Set.of("setTag", "setExtra")),
      Map.entry("co.elastic.apm.api.Span", Set.of("setLabel")),
      Map.entry("datadog.trace.api.interceptor.MutableSpan", Set.of("setTag")),
      Map.entry("datadog.trace.api.llmobs.LLMObsSpan", Set.of("setTag")));

  /** The span, observation and SDK types whose calls record an attribute's value ({@link #TELEMETRY_ATTRIBUTE_SINKS}). */
  public static Set<String> telemetryAttributeOwners() {
    return TELEMETRY_ATTRIBUTE_SINKS.keySet();
  }

  /** Whether {@code ownerType#methodName} with a name and a value records the value as a telemetry attribute. */
  public static boolean isTelemetryAttributeSink(String ownerType, String methodName) {
    Set<String> methods = TELEMETRY_ATTRIBUTE_SINKS.get(ownerType);
    return methods != null && methods.contains(methodName);
  }

  /** Every telemetry attribute sink's simple name, for a cheap first filter. */
  public static Set<String> telemetryAttributeMethodNames() {
    Set<String> names = new LinkedHashSet<>();
    TELEMETRY_ATTRIBUTE_SINKS.values().forEach(names::addAll);
    return names;
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
    Set<String> names = new LinkedHashSet<>();
    SINKS.values().forEach(names::addAll);
    return names;
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
    return List.of("Logger", "Log", "BasicLogger", "LoggingEventBuilder", "LogBuilder").contains(simpleName);
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
