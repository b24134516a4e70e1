package dev.tracelint.catalog;

import java.util.List;
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
 *   <li>a few static calls that only read a clock or the current context, build attribute values, fill the
 *       logging context, test for null or emptiness or look an annotation up ({@code System.nanoTime()},
 *       {@code Context.current()}, {@code Attributes.of(..)}, {@code MDC.put(..)}, {@code Objects.isNull(..)},
 *       {@code StringUtils.isEmpty(..)}, {@code Strings.isNullOrEmpty(..)}, {@code Optional.ofNullable(..)},
 *       {@code AnnotationUtils.findAnnotation(..)}), or convert a value to text as concatenation would
 *       ({@code String.valueOf(..)}, {@code Integer.toString(..)});
 *   <li>an accessor: no argument, a name {@code getX}/{@code isX}/{@code hasX}, and a receiver variable whose name
 *       starts in lower case ({@code request.getPath()}), except getters that by convention open or fetch something
 *       ({@code getConnection()}, {@code getInputStream()}, ...);
 *   <li>a read of an injected clock ({@code clock.instant()}, {@code systemClock.millis()});
 *   <li>a size query ({@code items.size()}, {@code text.length()}) or a reflective annotation read
 *       ({@code method.getAnnotation(Traced.class)}, {@code type.isAnnotationPresent(Traced.class)}) on such a
 *       receiver;
 *   <li>a JavaBean setter on such a receiver: one argument, a name {@code setX} ({@code context.setState(state)});
 *   <li>a conversion to text or to a unit on any receiver ({@link #isValueConversion}: {@code userId.toString()},
 *       {@code timeout.toMillis()});
 *   <li>an equality test on any receiver ({@link #isEqualityTest}: {@code "GET".equals(method)},
 *       {@code mode.equalsIgnoreCase("dry-run")}), and {@code Objects.equals(a, b)};
 *   <li>a method of {@code String} that only reads or reshapes the text ({@link #isTextRead}: {@code prompt.trim()},
 *       {@code name.toLowerCase(Locale.ROOT)}), when the engine resolved it to {@code String};
 *   <li>a size query on a receiver that is itself a call or a field access ({@link #isSizeQuery}:
 *       {@code query.text().length()}), judged with that receiver.
 * </ul>
 * An engine that resolved the call may still refuse one of these shapes: a method that declares a checked exception
 * is never harmless (that is the analysis' business, {@code HarmlessCode}).
 * Object creations are judged by {@link #isHarmlessCreation}: the empty (or sized) JDK collections, atomics and string
 * builders.
 * Arguments are judged separately: {@code log.debug("x {}", client.call())} is not harmless.
 */
public final class HarmlessCalls {
  private HarmlessCalls() {}

  private static final Set<String> LEVEL_CHECKS = Set.of(
      "isTraceEnabled", "isDebugEnabled", "isInfoEnabled", "isWarnEnabled", "isErrorEnabled", "isFatalEnabled",
      "isLoggable", "isEnabled");

  private static final Map<String, Set<String>> STATIC_CALLS = Map.ofEntries(
      Map.entry("System", Set.of("nanoTime", "currentTimeMillis")),
      Map.entry("Context", Set.of("current", "root")),
      Map.entry("Attributes", Set.of("of", "empty", "builder")),
      Map.entry("AttributeKey",
          Set.of("stringKey", "longKey", "booleanKey", "doubleKey", "stringArrayKey", "longArrayKey")),
      Map.entry("Instant", Set.of("now")),
      Map.entry("Clock", Set.of("systemUTC")),
      Map.entry("Thread", Set.of("currentThread")),
      Map.entry("MDC", Set.of("put", "remove", "clear")),
      Map.entry("ThreadContext", Set.of("put", "remove", "clearMap", "clearAll", "push", "pop")),
      // Null and emptiness tests (JDK, Apache Commons Lang, Spring, Guava). Not Objects.requireNonNull: it throws.
      // requireNonNullElse throws only when its default is null too, which a default never is in practice.
      Map.entry("Objects", Set.of("isNull", "nonNull", "requireNonNullElse", "toString", "equals")),
      Map.entry("StringUtils",
          Set.of("isEmpty", "isNotEmpty", "isBlank", "isNotBlank", "hasText", "hasLength", "defaultString")),
      Map.entry("Strings", Set.of("isNullOrEmpty", "nullToEmpty", "emptyToNull")),
      Map.entry("CollectionUtils", Set.of("isEmpty", "isNotEmpty")),
      Map.entry("ObjectUtils", Set.of("isEmpty", "isNotEmpty")),
      Map.entry("Optional", Set.of("ofNullable", "empty")),
      // Text conversions: what string concatenation does to a value ("" + x), written as a call.
      Map.entry("String", Set.of("valueOf")),
      Map.entry("Integer", Set.of("toString", "toHexString")),
      Map.entry("Long", Set.of("toString", "toHexString")),
      Map.entry("Boolean", Set.of("toString")),
      Map.entry("Double", Set.of("toString")),
      Map.entry("Float", Set.of("toString")),
      Map.entry("Character", Set.of("toString")),
      // Arithmetic that cannot overflow or fail, and a random id.
      Map.entry("Math", Set.of("min", "max", "abs")),
      Map.entry("UUID", Set.of("randomUUID")),
      Map.entry("Collections", Set.of("emptyList", "emptyMap", "emptySet")),
      // Annotation lookups (Spring): they read class files already loaded, and answer null when absent.
      Map.entry("AnnotationUtils", Set.of("findAnnotation", "getAnnotation", "isAnnotationDeclaredLocally")),
      Map.entry("AnnotatedElementUtils",
          Set.of("findMergedAnnotation", "getMergedAnnotation", "hasAnnotation", "isAnnotated")));

  /**
   * Reads of an injected clock, with no argument, on a receiver named {@code clock} or ending in {@code Clock}
   * ({@code clock.instant()}, {@code systemClock.millis()}): {@code java.time.Clock}'s form of {@code Instant.now()}
   * and {@code System.currentTimeMillis()}, which services take as a dependency so that tests can fix the time.
   */
  private static final Set<String> CLOCK_READS = Set.of("instant", "millis");
  private static final Pattern CLOCK_NAME = Pattern.compile("clock|[a-z_][A-Za-z0-9_$]*Clock");

  /** Size queries, on a receiver written as a lower-case name. */
  private static final Set<String> SIZE_QUERIES = Set.of("size", "length");

  /**
   * Conversions of a value to text or to a unit: {@code userId.toString()} (what concatenation does),
   * {@code timeout.toMillis()}, {@code deadline.toEpochMilli()}.
   */
  private static final Set<String> VALUE_CONVERSIONS = Set.of(
      "toString", "toMillis", "toSeconds", "toNanos", "toMinutes", "toEpochMilli", "toEpochSecond", "name",
      "ordinal");

  /**
   * Equality tests with one argument: {@code "GET".equals(method)}, {@code mode.equalsIgnoreCase("dry-run")},
   * {@code text.contentEquals(buffer)}. {@code Object#equals}'s contract is to answer, never to fail, and the JDK's
   * text comparisons do; like the null and emptiness tests, they only read the values they compare.
   */
  private static final Set<String> EQUALITY_TESTS = Set.of("equals", "equalsIgnoreCase", "contentEquals");

  /**
   * Methods of {@code java.lang.String} that only read or reshape the text and cannot fail, by arity
   * ({@code prompt.trim().toLowerCase(Locale.ROOT)}, {@code query.isBlank()}, {@code path.startsWith("/v1")}): not the
   * ones given an index ({@code substring}, {@code charAt}), a regular expression ({@code split}, {@code replaceAll},
   * {@code matches}), a format ({@code formatted}) or a count ({@code repeat}), which throw on a bad value.
   */
  private static final List<Set<String>> TEXT_READS = List.of(
      Set.of("trim", "strip", "stripLeading", "stripTrailing", "isEmpty", "isBlank", "toLowerCase", "toUpperCase"),
      Set.of("toLowerCase", "toUpperCase", "contains", "startsWith", "endsWith", "indexOf", "lastIndexOf", "concat"),
      Set.of("replace"));

  /** Reflective annotation reads on an annotated element (a method, a class, a field), with one argument. */
  private static final Set<String> ANNOTATION_READS = Set.of(
      "getAnnotation", "getDeclaredAnnotation", "getAnnotationsByType", "getDeclaredAnnotationsByType",
      "isAnnotationPresent");

  /**
   * The JDK types whose creation cannot fail when empty: no argument, or for the collections and builders a capacity,
   * for the atomics and locks an initial value or fairness. By canonical name; the engine (or, without types, the
   * unit's imports) says whether a written {@code new ArrayList<>()} is one of them.
   */
  private static final Set<String> EMPTY_COLLECTIONS = Set.of(
      "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap",
      "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.ArrayDeque",
      "java.util.IdentityHashMap", "java.util.WeakHashMap", "java.util.PriorityQueue",
      "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentLinkedQueue",
      "java.util.concurrent.ConcurrentLinkedDeque", "java.util.concurrent.CopyOnWriteArrayList",
      "java.util.concurrent.CopyOnWriteArraySet", "java.util.concurrent.ConcurrentSkipListMap",
      "java.util.concurrent.ConcurrentSkipListSet", "java.util.concurrent.LinkedBlockingQueue",
      "java.util.concurrent.LinkedBlockingDeque",
      "java.lang.StringBuilder", "java.lang.StringBuffer", "java.lang.Object");

  private static final Set<String> VALUE_HOLDERS = Set.of(
      "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
      "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicReference",
      "java.util.concurrent.atomic.LongAdder", "java.util.concurrent.atomic.DoubleAdder",
      "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.ReentrantReadWriteLock");

  /** Getters that, by convention, acquire a resource or do I/O rather than read a field. */
  private static final Set<String> WORKING_GETTERS = Set.of(
      "getConnection", "getInputStream", "getOutputStream", "getReader", "getWriter", "getResponse", "getResult",
      "getBody", "getContent", "getResource", "getResources", "getSession", "getLock");

  private static final Pattern ACCESSOR = Pattern.compile("(get|is|has)[A-Z]\\w*");
  private static final Pattern SETTER = Pattern.compile("set[A-Z]\\w*");

  /**
   * Lookups that answer the annotation of the class literal they are given, or {@code null} (JDK reflection, Spring's
   * {@code AnnotationUtils} and {@code AnnotatedElementUtils}).
   */
  private static final Set<String> ANNOTATION_LOOKUPS = Set.of(
      "getAnnotation", "getDeclaredAnnotation", "findAnnotation", "findMergedAnnotation", "getMergedAnnotation");
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
    if (!LOWER_CASE_NAME.matcher(receiverName).matches()) {
      return false;
    }
    if (argumentCount == 0 && CLOCK_READS.contains(methodName) && CLOCK_NAME.matcher(receiverName).matches()) {
      return true;
    }
    if (argumentCount == 1 && ANNOTATION_READS.contains(methodName)) {
      return true;
    }
    if (argumentCount == 1 && SETTER.matcher(methodName).matches()) {
      return true;
    }
    return argumentCount == 0
        && (SIZE_QUERIES.contains(methodName)
            || (ACCESSOR.matcher(methodName).matches() && !WORKING_GETTERS.contains(methodName)));
  }

  /**
   * Whether {@code value.methodName()} converts a value to text or to a unit ({@code userId.toString()},
   * {@code timeout.toMillis()}, {@code UUID.randomUUID().toString()}, an enum constant's {@code name()} or
   * {@code ordinal()}, final in {@code java.lang.Enum}), whatever the receiver is written as: the receiver itself is
   * judged on its own.
   */
  public static boolean isValueConversion(String methodName, int argumentCount) {
    return argumentCount == 0 && VALUE_CONVERSIONS.contains(methodName);
  }

  /**
   * Whether {@code value.methodName(other)} tests equality ({@code "GET".equals(method)},
   * {@code mode.equalsIgnoreCase("dry-run")}), whatever the receiver is written as: the receiver and the argument
   * are judged on their own.
   */
  public static boolean isEqualityTest(String methodName, int argumentCount) {
    return argumentCount == 1 && EQUALITY_TESTS.contains(methodName);
  }

  /**
   * Whether {@code text.methodName(..)} with {@code argumentCount} arguments, a method of {@code java.lang.String}
   * (the caller knows the declaring type), only reads or reshapes the text: {@code prompt.trim()},
   * {@code name.toLowerCase(Locale.ROOT)}, {@code path.startsWith("/v1")}. The receiver and arguments are judged on
   * their own.
   */
  public static boolean isTextRead(String methodName, int argumentCount) {
    return argumentCount < TEXT_READS.size() && TEXT_READS.get(argumentCount).contains(methodName);
  }

  /**
   * Whether {@code value.methodName()} is a size query ({@code size()}, {@code length()}) on a receiver that is not a
   * bare name ({@code query.text().length()}, {@code request.headers().size()}): the receiver is judged on its own,
   * as for {@link #isValueConversion}, so {@code client.fetchAll().size()} still can fail.
   */
  public static boolean isSizeQuery(String methodName, int argumentCount) {
    return argumentCount == 0 && SIZE_QUERIES.contains(methodName);
  }

  /**
   * Whether a call named {@code methodName}, given a class literal as its last argument, answers that annotation of
   * an annotated element ({@code method.getAnnotation(Traced.class)},
   * {@code AnnotationUtils.findAnnotation(type, Traced.class)}): its value, when not {@code null}, is an annotation.
   */
  public static boolean isAnnotationLookup(String methodName) {
    return ANNOTATION_LOOKUPS.contains(methodName);
  }

  /**
   * Whether {@code methodName} with {@code argumentCount} arguments, called on a builder, is the one that builds
   * its value: {@code build()}. A builder's build only fails on a programming error (a required part missing),
   * the same on every run, which the first test finds; it does no I/O.
   */
  public static boolean isBuild(String methodName, int argumentCount) {
    return argumentCount == 0 && methodName.equals("build");
  }

  /**
   * Static calls that only read their arguments, to print or compare them: a span passed to one is not handed off
   * ({@code String.valueOf(span)}, {@code Objects.toString(span)}, {@code String.format("%s", span)}).
   */
  private static final Map<String, Set<String>> ARGUMENT_READERS = Map.of(
      "String", Set.of("valueOf", "format", "join"),
      "Objects", Set.of("toString", "hashCode", "hash", "equals", "isNull", "nonNull"));

  /**
   * Whether {@code receiverName.methodName(..)} (the receiver written as a bare class name) only reads its arguments:
   * it neither keeps nor returns them, so a value passed to it stays with the caller.
   */
  public static boolean readsArgumentsOnly(String receiverName, String methodName) {
    Set<String> readers = ARGUMENT_READERS.get(receiverName);
    return readers != null && readers.contains(methodName);
  }

  /** Every JDK type {@link #isHarmlessCreation} may accept, by canonical name. */
  public static Set<String> harmlessCreationTypes() {
    Set<String> all = new java.util.TreeSet<>(EMPTY_COLLECTIONS);
    all.addAll(VALUE_HOLDERS);
    return all;
  }

  /**
   * Whether {@code new T(..)} of the JDK type {@code canonicalName} cannot fail: no argument; for a collection or
   * builder one non-negative {@code int} constant (a capacity); for an atomic or a lock one argument (its initial
   * value or fairness, itself judged separately).
   *
   * @param intConstant the value of the only argument when it is an {@code int} constant, else {@code null}
   */
  public static boolean isHarmlessCreation(String canonicalName, int argumentCount, Integer intConstant) {
    if (argumentCount == 0) {
      return EMPTY_COLLECTIONS.contains(canonicalName) || VALUE_HOLDERS.contains(canonicalName);
    }
    if (argumentCount != 1) {
      return false;
    }
    if (VALUE_HOLDERS.contains(canonicalName)) {
      return true;
    }
    return EMPTY_COLLECTIONS.contains(canonicalName) && !canonicalName.equals("java.lang.Object")
        && intConstant != null && intConstant >= 0;
  }
}
