package dev.tracelint.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One retry-library setting whose value is statically known to mean "no limit" or "no wait": for example
 * {@code RetryConfig.Builder#maxAttempts} with {@code Integer.MAX_VALUE}, or {@code Mono#retry} with no argument.
 *
 * <p>An engine finds a call (or constructor, or annotation element) named by {@link #target}, checks {@link #arity},
 * constant-folds the argument at {@link #argument} and asks {@link #value} whether it matches. Anything it cannot fold
 * (a variable, a property placeholder, an expression) is unknown and must produce no finding.
 *
 * @param target the setting: {@code OWNER#method}; {@code OWNER#<init>} for a constructor; for an annotation,
 *     {@code ANNOTATION#element}
 * @param site whether the setting is a method call, a constructor call or an annotation element
 * @param problem what the setting means: no limit on attempts, or no wait between them
 * @param arity how many arguments the call must have, or {@link #ANY_ARITY}; unused for annotations
 * @param argument index of the argument tested, or {@link #NO_ARGUMENT} when the shape (arity) alone decides; unused
 *     for annotations (the element's value is tested)
 * @param value what the tested argument or element value must be
 * @param absentOrZeroElements for an annotation: other elements that must be absent or the constant zero, else the
 *     setting is overridden or unknown (e.g. {@code maxAttemptsExpression} next to {@code maxAttempts}); empty otherwise
 * @param remedy what the user should write instead, quoted at the end of the message
 * @param noRetryArgument index of an attempt-count argument that, when it is the constant zero, allows no retry at all,
 *     so that the setting does not apply ({@code new FixedBackOff(0, 0)} waits zero between no retries), or
 *     {@link #NO_ARGUMENT}
 */
public record RetrySetting(
    MethodRef target,
    Site site,
    RetryProblem problem,
    int arity,
    int argument,
    ArgumentValue value,
    List<String> absentOrZeroElements,
    String remedy,
    int noRetryArgument) {

  /** {@link #arity} value meaning any number of arguments. */
  public static final int ANY_ARITY = -1;

  /** {@link #argument} value meaning no argument is tested. */
  public static final int NO_ARGUMENT = -1;

  /** The method name used in {@link #target} for a constructor. */
  public static final String CONSTRUCTOR = "<init>";

  /** What kind of source construct the setting is. */
  public enum Site {
    /** A method call, static or on a receiver of the owner type (or a subtype). */
    METHOD_CALL,
    /** {@code new OWNER(...)}. */
    CONSTRUCTOR_CALL,
    /** An element of an annotation of type OWNER; reported at the annotation. */
    ANNOTATION_ELEMENT
  }

  /** The value a tested argument or element must have for the setting to be reported. */
  public enum ArgumentValue {
    /** Nothing is tested: the call shape (owner, name, arity) decides. */
    ANY,
    /** An integral constant of at least {@code Integer.MAX_VALUE}: {@code Integer.MAX_VALUE}, {@code Long.MAX_VALUE}. */
    UNLIMITED_COUNT,
    /** The integral constant {@code -1}, Failsafe's "no limit". */
    MINUS_ONE,
    /** The numeric constant zero. */
    ZERO,
    /** A zero duration ({@code java.time.Duration}, HttpCore {@code TimeValue}): {@code Duration.ZERO} or a factory
     * with a zero amount, see {@link RetryCatalog#isZeroDurationFactory}. */
    ZERO_DURATION,
    /**
     * A one-parameter function such as RxJava's {@code Predicate<Throwable>}: a lambda with one parameter, or an
     * argument whose type is the one-parameter functional interface overload. Never a number.
     */
    ONE_PARAMETER_FUNCTION;

    /** Whether an integral or floating constant (already folded by the engine) matches. */
    public boolean matchesConstant(Number constant) {
      if (constant == null) {
        return false;
      }
      boolean integral = constant instanceof Long || constant instanceof Integer || constant instanceof Short
          || constant instanceof Byte;
      switch (this) {
        case UNLIMITED_COUNT:
          return integral && constant.longValue() >= Integer.MAX_VALUE;
        case MINUS_ONE:
          return integral && constant.longValue() == -1L;
        case ZERO:
          return constant.doubleValue() == 0.0d;
        default:
          return false;
      }
    }
  }

  /** A setting that any value of its other arguments keeps. */
  public RetrySetting(MethodRef target, Site site, RetryProblem problem, int arity, int argument, ArgumentValue value,
      List<String> absentOrZeroElements, String remedy) {
    this(target, site, problem, arity, argument, value, absentOrZeroElements, remedy, NO_ARGUMENT);
  }

  /** The same setting, unless the argument at {@code index} is the constant zero: then no retry happens at all. */
  public RetrySetting unlessNoRetryAt(int index) {
    return new RetrySetting(target, site, problem, arity, argument, value, absentOrZeroElements, remedy, index);
  }

  public RetrySetting {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(value, "value");
    absentOrZeroElements = List.copyOf(absentOrZeroElements);
    Objects.requireNonNull(remedy, "remedy");
  }

  /** Whether a call with {@code argumentCount} arguments has the arity this setting needs. */
  public boolean acceptsArity(int argumentCount) {
    return arity == ANY_ARITY || arity == argumentCount;
  }

  /**
   * The diagnostic both engines report. It names the call and the meaning of the setting, never the argument's text.
   */
  public String message() {
    String pkg = target.ownerPackage();
    String type = pkg.isEmpty() ? target.owner() : target.owner().substring(pkg.length() + 1);
    String what;
    switch (site) {
      case CONSTRUCTOR_CALL:
        what = "new " + type + "(...)";
        break;
      case ANNOTATION_ELEMENT:
        what = "@" + type + "(" + target.method() + " = ...)";
        break;
      case METHOD_CALL:
      default:
        what = type + "." + target.method() + (arity == 0 ? "()" : "(...)");
        break;
    }
    String meaning = problem == RetryProblem.UNBOUNDED
        ? " retries without limit while the call keeps failing"
        : " retries immediately, without waiting between attempts";
    return what + meaning + ": " + remedy;
  }
}
