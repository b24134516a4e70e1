package corpus.retrywithoutbackoff;

import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.WaitStrategies;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import dev.failsafe.RetryPolicyConfig;
import java.time.Duration;
import org.springframework.retry.support.RetryTemplate;

/**
 * Builders whose default is no wait (docs/rules/RetryWithoutBackoff.md, "Builder defaults"): a Failsafe chain from
 * {@code RetryPolicy.builder()} without a delay is reported at {@code builder}; one that sets a delay or a jitter, a
 * copy of a configuration, or a builder kept in a variable that some chain on it gives a delay, or that is passed on
 * or returned, is not. Owners decide, also without types: Spring Retry's {@code RetryTemplate.builder()} is only
 * named like Failsafe's, and Failsafe's fixing calls are not what it needs (its own default: SpringRetryTemplateDefaults).
 */
class BuilderDefaults {
  RetryPolicy<Object> flagsFailsafeChainWithoutADelay() {
    return RetryPolicy.builder().withMaxRetries(3).build(); // tracelint-expect: RetryWithoutBackoff
  }

  RetryTemplate acceptsSpringRetryTemplateBuilderWithItsOwnBackoff() {
    return RetryTemplate.builder().maxAttempts(3).fixedBackoff(500).build();
  }

  RetryPolicy<Object> acceptsDelayAndJitter() {
    return RetryPolicy.builder().withMaxRetries(3).withDelay(Duration.ofMillis(200)).withJitter(0.2).build();
  }

  RetryPolicy<Object> acceptsCopyOfAConfiguration(RetryPolicyConfig<Object> config) {
    return RetryPolicy.builder(config).build();
  }

  RetryPolicy<Object> acceptsBuilderKeptInAVariable(boolean slow) {
    RetryPolicyBuilder<Object> builder = RetryPolicy.builder().withMaxRetries(3);
    if (slow) {
      builder.withBackoff(Duration.ofMillis(100), Duration.ofSeconds(2));
    }
    return builder.build();
  }

  RetryPolicy<Object> flagsFailsafeBuilderKeptInAVariableWithoutADelay() {
    RetryPolicyBuilder<Object> builder = RetryPolicy.builder(); // tracelint-expect: RetryWithoutBackoff
    builder.withMaxRetries(3);
    return builder.build();
  }

  RetryPolicy<Object> acceptsFailsafeBuilderKeptInAVariableGivenADelayLater() {
    RetryPolicyBuilder<Object> builder = RetryPolicy.builder();
    builder.withMaxRetries(3);
    builder.withDelay(Duration.ofMillis(200));
    return builder.build();
  }

  RetryPolicyBuilder<Object> acceptsFailsafeBuilderReturnedUnbuilt() {
    RetryPolicyBuilder<Object> builder = RetryPolicy.builder();
    builder.withMaxRetries(3);
    return builder;
  }

  void acceptsGuavaChainWithAWaitStrategy() {
    RetryerBuilder.<String>newBuilder().withWaitStrategy(WaitStrategies.exponentialWait()).build();
  }
}
