package corpus.unboundedretry;

import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.retry.annotation.Retryable;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Spring Retry, Spring Framework 7 and spring-core back-off limits (docs/rules/UnboundedRetry.md, "Library settings"):
 * an unlimited count is reported unless a placeholder or a time bound in the same annotation or chain limits it.
 */
class SpringRetryLimits {
  Object flagsSimpleRetryPolicyWithoutLimit() {
    return new SimpleRetryPolicy(Integer.MAX_VALUE); // tracelint-expect: UnboundedRetry -- new SimpleRetryPolicy(...)
  }

  @Retryable(maxAttempts = Integer.MAX_VALUE, maxAttemptsExpression = "${ingest.max-attempts}")
  void acceptsUnlimitedCountOverriddenByAPlaceholder() {}

  RetryTemplate acceptsInfiniteRetryWithinATimeout() {
    return RetryTemplate.builder().infiniteRetry().withTimeout(Duration.ofMinutes(1)).build();
  }

  FixedBackOff flagsUnlimitedFixedBackOffAtNew() {
    return
        new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS); // tracelint-expect: UnboundedRetry
  }

  ExponentialBackOff flagsExponentialBackOffSetToItsUnlimitedDefault() {
    ExponentialBackOff backOff = new ExponentialBackOff();
    backOff.setMaxAttempts(ExponentialBackOff.DEFAULT_MAX_ATTEMPTS); // tracelint-expect: UnboundedRetry -- ExponentialBackOff.setMaxAttempts(...)
    return backOff;
  }

  void flagsUnlimitedAttemptsOnAQualifiedParameter(org.springframework.util.backoff.ExponentialBackOff backOff) {
    backOff.setMaxAttempts(ExponentialBackOff.DEFAULT_MAX_ATTEMPTS); // tracelint-expect: UnboundedRetry
  }

  @org.springframework.resilience.annotation.Retryable(maxRetries = Long.MAX_VALUE) // tracelint-expect: UnboundedRetry -- @Retryable(maxRetries = ...)
  void flagsSpring7RetryableWithoutLimit() {}

  @org.springframework.resilience.annotation.Retryable(maxRetries = Long.MAX_VALUE, timeout = 30_000)
  void acceptsSpring7RetryableWithinATimeout() {}

  RetryPolicy flagsSpring7PolicyWithoutLimit() {
    return RetryPolicy.withMaxRetries(Long.MAX_VALUE); // tracelint-expect: UnboundedRetry -- RetryPolicy.withMaxRetries(...)
  }

  RetryPolicy acceptsSpring7PolicyWithinATimeout() {
    return RetryPolicy.builder().maxRetries(Long.MAX_VALUE).timeout(Duration.ofMinutes(1)).build();
  }
}
