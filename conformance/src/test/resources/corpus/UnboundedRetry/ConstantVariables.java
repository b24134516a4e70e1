package corpus.unboundedretry;

import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.retry.policy.SimpleRetryPolicy;

/**
 * Settings given through a local variable: a {@code final} local of a primitive type initialised by a constant is a
 * constant variable, which the compiler folds like {@code Integer.MAX_VALUE} itself (docs/rules/UnboundedRetry.md,
 * "only constants decide"); any other variable is unknown. The two engines' copies of the procedure once split here:
 * PMD folded only fields. A {@code final} instance field initialised by a constant is a constant variable too (javac
 * folds it; PMD folds static fields only, so its adapter folds the rest).
 */
class ConstantVariables {
  private static final int UNLIMITED = Integer.MAX_VALUE;
  private final int unlimitedAttempts = Integer.MAX_VALUE;
  private final int boundedAttempts = 5;
  private final Integer boxedUnlimited = Integer.MAX_VALUE;
  private int mutableUnlimited = Integer.MAX_VALUE;

  interface Settings {
    int attempts();
  }

  RetryConfig flagsFinalLocalOfMaxValue() {
    final int forever = Integer.MAX_VALUE;
    return RetryConfig.custom()
        .maxAttempts(forever) // tracelint-expect: UnboundedRetry
        .build();
  }

  RetryConfig flagsFinalLocalFromAConstantField() {
    final int forever = UNLIMITED;
    return RetryConfig.custom()
        .maxAttempts(forever) // tracelint-expect: UnboundedRetry
        .build();
  }

  RetryPolicy<Object> flagsFinalLocalOfMinusOne() {
    final int noLimit = -1;
    return RetryPolicy.builder()
        .withMaxRetries(noLimit) // tracelint-expect: UnboundedRetry
        .build();
  }

  RetryConfig acceptsEffectivelyFinalLocal() {
    int forever = Integer.MAX_VALUE;
    return RetryConfig.custom()
        .maxAttempts(forever)
        .build();
  }

  RetryConfig acceptsFinalLocalFromSettings(Settings settings) {
    final int attempts = settings.attempts();
    return RetryConfig.custom()
        .maxAttempts(attempts)
        .build();
  }

  Object acceptsFinalBoxedLocal() {
    final Integer forever = Integer.MAX_VALUE;
    return new SimpleRetryPolicy(forever);
  }

  RetryPolicy<Object> acceptsFinalLocalOfABoundedCount() {
    final int retries = 3;
    return RetryPolicy.builder()
        .withMaxRetries(retries)
        .build();
  }

  RetryConfig flagsFinalInstanceFieldOfMaxValue() {
    return RetryConfig.custom()
        .maxAttempts(unlimitedAttempts) // tracelint-expect: UnboundedRetry
        .build();
  }

  RetryConfig acceptsFinalInstanceFieldOfABoundedCount() {
    return RetryConfig.custom()
        .maxAttempts(boundedAttempts)
        .build();
  }

  Object acceptsFinalBoxedInstanceField() {
    return new SimpleRetryPolicy(boxedUnlimited);
  }

  RetryConfig acceptsMutableInstanceField() {
    return RetryConfig.custom()
        .maxAttempts(mutableUnlimited)
        .build();
  }
}
