package dev.tracelint.catalog;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls that UnclosedTrace treats as unable to throw or leave when they stand between a start and the {@code try}
 * that ends it. Judged on the call's written shape only ({@code receiver.method(args)} with a bare simple name as
 * receiver), so that Error Prone and PMD with or without an auxclasspath give the same verdict:
 * <ul>
 *   <li>logging: a receiver named like a logger ({@link LoggingSinks#isLoggerName}) and a logger method or level
 *       check ({@code log.debug(..)}, {@code LOGGER.isDebugEnabled()});
 *   <li>a few static calls that only read a clock or the current context, build attribute values or fill the
 *       logging context ({@code System.nanoTime()}, {@code Context.current()}, {@code Attributes.of(..)},
 *       {@code MDC.put(..)});
 *   <li>an accessor: no argument, a name {@code getX}/{@code isX}/{@code hasX}, and a receiver variable whose name
 *       starts in lower case ({@code request.getPath()}), except getters that by convention open or fetch something
 *       ({@code getConnection()}, {@code getInputStream()}, ...).
 * </ul>
 * Arguments are judged separately: {@code log.debug("x {}", client.call())} is not harmless.
 */
public final class HarmlessCalls {
  private HarmlessCalls() {}

  private static final Set<String> LEVEL_CHECKS = Set.of(
      "isTraceEnabled", "isDebugEnabled", "isInfoEnabled", "isWarnEnabled", "isErrorEnabled", "isFatalEnabled",
      "isLoggable", "isEnabled");

  private static final Map<String, Set<String>> STATIC_CALLS = Map.of(
      "System", Set.of("nanoTime", "currentTimeMillis"),
      "Context", Set.of("current", "root"),
      "Attributes", Set.of("of", "empty", "builder"),
      "AttributeKey", Set.of("stringKey", "longKey", "booleanKey", "doubleKey", "stringArrayKey", "longArrayKey"),
      "Instant", Set.of("now"),
      "Clock", Set.of("systemUTC"),
      "Thread", Set.of("currentThread"),
      "MDC", Set.of("put", "remove", "clear"),
      "ThreadContext", Set.of("put", "remove", "clearMap", "clearAll", "push", "pop"));

  /** Getters that, by convention, acquire a resource or do I/O rather than read a field. */
  private static final Set<String> WORKING_GETTERS = Set.of(
      "getConnection", "getInputStream", "getOutputStream", "getReader", "getWriter", "getResponse", "getResult",
      "getBody", "getContent", "getResource", "getResources", "getSession", "getLock");

  private static final Pattern ACCESSOR = Pattern.compile("(get|is|has)[A-Z]\\w*");
  private static final Pattern LOWER_CASE_NAME = Pattern.compile("[a-z_][A-Za-z0-9_$]*");

  /**
   * Whether {@code receiverName.methodName(..)} with {@code argumentCount} arguments is harmless, where
   * {@code receiverName} is the receiver written as a bare simple name (a variable, a field or a class name).
   */
  public static boolean isHarmless(String receiverName, String methodName, int argumentCount) {
    if (LoggingSinks.isLoggerName(receiverName)
        && (LoggingSinks.isLoggerSinkName(methodName) || LEVEL_CHECKS.contains(methodName))) {
      return true;
    }
    Set<String> statics = STATIC_CALLS.get(receiverName);
    if (statics != null && statics.contains(methodName)) {
      return true;
    }
    return argumentCount == 0
        && LOWER_CASE_NAME.matcher(receiverName).matches()
        && ACCESSOR.matcher(methodName).matches()
        && !WORKING_GETTERS.contains(methodName);
  }
}
