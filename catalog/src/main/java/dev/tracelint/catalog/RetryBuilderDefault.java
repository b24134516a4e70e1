package dev.tracelint.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A retry-library builder whose default is "no limit" or "no wait", so that a builder chain written in one expression
 * from {@link #start} to {@link #build} without any of the {@link #fixingCalls} has that problem: guava-retrying's
 * {@code RetryerBuilder.newBuilder()...build()} never stops without {@code withStopStrategy}; Failsafe's
 * {@code RetryPolicy.builder()...build()} retries with no delay without {@code withDelay}/{@code withBackoff}.
 *
 * <p>Only an unbroken chain is decidable: a builder kept in a variable may be configured elsewhere, so it is unknown
 * and never reported. The finding is reported at the start call's method name.
 *
 * @param start the call that creates the builder; only its no-argument form counts (Failsafe's
 *     {@code RetryPolicy.builder(config)} copies a configuration that may wait)
 * @param build the call that ends the chain and makes the policy
 * @param fixingCalls simple names of builder calls that replace the default; any one of them in the chain clears it
 * @param problem what the default means
 * @param remedy what the user should add, quoted at the end of the message
 */
public record RetryBuilderDefault(
    MethodRef start, MethodRef build, List<String> fixingCalls, RetryProblem problem, String remedy) {

  public RetryBuilderDefault {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(build, "build");
    fixingCalls = List.copyOf(fixingCalls);
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(remedy, "remedy");
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

  /** The diagnostic both engines report; it names the builder, never a value. */
  public String message() {
    String meaning = problem == RetryProblem.UNBOUNDED
        ? " builds a retry that never stops by default"
        : " builds a retry that does not wait between attempts by default";
    return start.ownerSimpleName() + "." + start.method() + "()" + meaning + ": " + remedy;
  }
}
