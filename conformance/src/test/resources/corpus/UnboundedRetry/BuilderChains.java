package corpus.unboundedretry;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import dev.failsafe.RetryPolicy;
import java.util.concurrent.TimeUnit;

/**
 * Builder chains written in one expression (docs/rules/UnboundedRetry.md, "Builder defaults"): a guava-retrying chain
 * without a stop strategy never stops and, without a wait strategy, never waits. A builder kept in a local variable is
 * judged by every chain of calls on it in its method; one passed on or returned may be configured elsewhere. Findings
 * of one chain on one line share the line.
 */
class BuilderChains {
  RetryPolicy<Object> flagsUnlimitedAttemptsAndTheDefaultNoDelayOnOneLine() {
    return RetryPolicy.builder().withMaxAttempts(-1).build(); // tracelint-expect: UnboundedRetry -- RetryPolicyBuilder.withMaxAttempts(...) // tracelint-expect: RetryWithoutBackoff
  }

  Retryer<Boolean> flagsGuavaChainWithNeitherStopNorWaitStrategy() {
    return RetryerBuilder.<Boolean>
        newBuilder() // tracelint-expect: UnboundedRetry -- RetryerBuilder.newBuilder() builds a retry that never stops by default: add withStopStrategy(StopStrategies.stopAfterAttempt(...)) // tracelint-expect: RetryWithoutBackoff
        .retryIfException()
        .build();
  }

  // A stop strategy set on some path counts; the wait strategy is set on none: RetryWithoutBackoff (issue 10; this
  // case was silent for both rules before, as acceptsGuavaBuilderKeptInAVariable).
  Retryer<Boolean> flagsGuavaBuilderKeptInAVariableWithoutAWaitStrategy(boolean bounded) {
    RetryerBuilder<Boolean> builder = RetryerBuilder.<Boolean>newBuilder().retryIfException(); // tracelint-expect: RetryWithoutBackoff
    if (bounded) {
      builder.withStopStrategy(StopStrategies.stopAfterAttempt(3));
    }
    return builder.build();
  }

  Retryer<Boolean> flagsGuavaBuilderKeptInAVariableWithoutAStopStrategy() {
    RetryerBuilder<Boolean> builder = RetryerBuilder.newBuilder(); // tracelint-expect: UnboundedRetry -- never stops
    builder.retryIfException();
    builder.withWaitStrategy(WaitStrategies.fixedWait(1, TimeUnit.SECONDS));
    return builder.build();
  }

  Retryer<Boolean> acceptsGuavaBuilderPassedToAConfigurer() {
    RetryerBuilder<Boolean> builder = RetryerBuilder.newBuilder();
    configure(builder);
    return builder.build();
  }

  RetryerBuilder<Boolean> acceptsGuavaBuilderReturnedUnbuilt() {
    RetryerBuilder<Boolean> builder = RetryerBuilder.newBuilder();
    builder.retryIfException();
    return builder;
  }

  Retryer<Boolean> acceptsGuavaBuilderKeptInAVariableAndStopped() {
    RetryerBuilder<Boolean> builder = RetryerBuilder.newBuilder();
    builder.withStopStrategy(StopStrategies.stopAfterAttempt(3))
        .withWaitStrategy(WaitStrategies.fixedWait(1, TimeUnit.SECONDS));
    return builder.retryIfException().build();
  }

  private static void configure(RetryerBuilder<Boolean> builder) {
    builder.withStopStrategy(StopStrategies.stopAfterAttempt(3))
        .withWaitStrategy(WaitStrategies.fixedWait(1, TimeUnit.SECONDS));
  }
}
