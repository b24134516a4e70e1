package corpus.unboundedretry;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import dev.failsafe.RetryPolicy;

/**
 * Builder chains written in one expression (docs/rules/UnboundedRetry.md, "Builder defaults"): a guava-retrying chain
 * without a stop strategy never stops and, without a wait strategy, never waits; a builder kept in a variable may be
 * configured elsewhere. Findings of one chain on one line share the line.
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

  Retryer<Boolean> acceptsGuavaBuilderKeptInAVariable(boolean bounded) {
    RetryerBuilder<Boolean> builder = RetryerBuilder.<Boolean>newBuilder().retryIfException();
    if (bounded) {
      builder.withStopStrategy(StopStrategies.stopAfterAttempt(3));
    }
    return builder.build();
  }
}
