package dev.tracelint.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A retry-library builder or setting object whose default is "no limit" or "no wait", so that it has that problem
 * when it takes effect without any of the {@link #fixingCalls} made on it. Two kinds:
 *
 * <ul>
 *   <li>A builder ({@link #build} set): a chain from {@link #start} to {@link #build} without a fixing call, written
 *       in one expression or on a local variable. guava-retrying's {@code RetryerBuilder.newBuilder()...build()} never
 *       stops without {@code withStopStrategy}; Failsafe's {@code RetryPolicy.builder()...build()} retries with no
 *       delay without {@code withDelay}/{@code withBackoff}.
 *   <li>A setting object made by a constructor ({@link #start} is {@code OWNER#<init>}, {@link #build} is
 *       {@code null}): it takes effect where it is handed to a consumer as an argument, directly or from a local
 *       variable. Spring's {@code new FixedBackOff()} and {@code new ExponentialBackOff()} never stop without
 *       {@code setMaxAttempts} (or, for the exponential one, {@code setMaxElapsedTime}).
 * </ul>
 *
 * <p>A builder or object passed on, returned or stored elsewhere before it takes effect may be configured there, so it
 * is unknown and never reported. The finding is reported at the start call's method name, or at the {@code new}.
 *
 * @param start the call that creates the builder, or the constructor ({@code OWNER#<init>}) that creates the object
 * @param startArities the numbers of arguments of {@link #start} that leave the default in place (Failsafe's
 *     {@code RetryPolicy.builder(config)} copies a configuration that may wait: only the no-argument form counts)
 * @param build the call that ends the chain and makes the policy; {@code null} for a setting object, which takes
 *     effect when it is passed to a consumer
 * @param fixingCalls simple names of calls that replace the default; any one of them on the builder or object clears it
 * @param problem what the default means
 * @param remedy what the user should add, quoted at the end of the message
 * @param settingArgumentType for a constructed object, the type of an argument that gives the setting itself
 *     ({@code org.springframework.util.backoff.BackOff} for spring-kafka's {@code new DefaultErrorHandler(backOff)}):
 *     a start given arguments leaves the default only when each is known to be of another type (the recoverer of
 *     {@code new DefaultErrorHandler(recoverer)}); {@code null} when the arity alone decides
 */
public record RetryBuilderDefault(MethodRef start, List<Integer> startArities, MethodRef build,
    List<String> fixingCalls, RetryProblem problem, String remedy, String settingArgumentType) {

  public RetryBuilderDefault {
    Objects.requireNonNull(start, "start");
    startArities = List.copyOf(startArities);
    if (build == null && !isConstructor(start)) {
      throw new IllegalArgumentException("a builder needs its build call: " + start);
    }
    fixingCalls = List.copyOf(fixingCalls);
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(remedy, "remedy");
  }

  /** A builder or object whose arity alone says whether it keeps the default. */
  public RetryBuilderDefault(MethodRef start, List<Integer> startArities, MethodRef build, List<String> fixingCalls,
      RetryProblem problem, String remedy) {
    this(start, startArities, build, fixingCalls, problem, remedy, null);
  }

  /** The same object, whose start given an argument of {@code type} sets the setting itself (see the record). */
  public RetryBuilderDefault unlessGiven(String type) {
    return new RetryBuilderDefault(start, startArities, build, fixingCalls, problem, remedy, type);
  }

  /** A builder whose start call takes no arguments. */
  public RetryBuilderDefault(
      MethodRef start, MethodRef build, List<String> fixingCalls, RetryProblem problem, String remedy) {
    this(start, List.of(0), build, fixingCalls, problem, remedy);
  }

  /** A setting object made by {@code new OWNER(..)} with one of {@code arities}, in effect once passed to a consumer. */
  public static RetryBuilderDefault constructed(String owner, List<Integer> arities, List<String> fixingCalls,
      RetryProblem problem, String remedy) {
    if (!MethodRef.isQualifiedName(owner)) {
      throw new IllegalArgumentException("not a type name: " + owner);
    }
    return new RetryBuilderDefault(new MethodRef(owner, RetrySetting.CONSTRUCTOR), arities, null, fixingCalls,
        problem, remedy);
  }

  private static boolean isConstructor(MethodRef ref) {
    return RetrySetting.CONSTRUCTOR.equals(ref.method());
  }

  /** Whether {@link #start} is a constructor: the object is the setting, in effect where it is passed on. */
  public boolean isConstructed() {
    return isConstructor(start);
  }

  /** Whether a start with {@code argumentCount} arguments leaves the default in place. */
  public boolean leavesDefaultWith(int argumentCount) {
    return startArities.contains(argumentCount);
  }

  /** Whether the chain's calls, by simple name, include one that replaces the default. */
  public boolean fixedBy(List<String> chainCallNames) {
    for (String name : chainCallNames) {
      if (fixingCalls.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The diagnostic both engines report for a builder; it names the builder, never a value. */
  public String message() {
    return message(0);
  }

  /**
   * The diagnostic both engines report for a start with {@code argumentCount} arguments: the builder call, or the
   * constructor ({@code new FixedBackOff()}, {@code new ExponentialBackOff(...)}); never a value.
   */
  public String message(int argumentCount) {
    if (isConstructed()) {
      String meaning = problem == RetryProblem.UNBOUNDED
          ? " retries without limit by default"
          : " retries without waiting by default";
      return "new " + start.ownerSimpleName() + (argumentCount == 0 ? "()" : "(...)") + meaning + ": " + remedy;
    }
    String meaning = problem == RetryProblem.UNBOUNDED
        ? " builds a retry that never stops by default"
        : " builds a retry that does not wait between attempts by default";
    return start.ownerSimpleName() + "." + start.method() + "()" + meaning + ": " + remedy;
  }
}
