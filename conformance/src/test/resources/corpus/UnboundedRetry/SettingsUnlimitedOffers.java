package corpus.unboundedretry;

import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.retry.policy.AlwaysRetryPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * "No limit" settings a framework offers its users rather than uses (docs/rules/UnboundedRetry.md, "What is not
 * flagged"): a fallback taken only when the user configured no policy, a published constant named for the setting
 * that the unit never reads, and an option method named for the setting that only installs it. The same settings at
 * a call site are flagged. A policy built only for its backoff hands that backoff to whoever takes it, who decides the
 * attempts, as for a returned {@code new FixedBackOff(delay)} (see PoliciesBuiltOnlyForTheirBackOff).
 */
public class SettingsUnlimitedOffers {
  /** An option constant its users take by name; nothing in this unit retries with it. */
  public static final FixedBackOff UNLIMITED_REDELIVERY = new FixedBackOff(1_000L, FixedBackOff.UNLIMITED_ATTEMPTS);

  /** The same constant read by this unit's own retry. */
  public static final FixedBackOff DEFAULT_REDELIVERY = new FixedBackOff(1_000L, FixedBackOff.UNLIMITED_ATTEMPTS); // tracelint-expect: UnboundedRetry -- new FixedBackOff(...)

  private org.springframework.retry.RetryPolicy retryPolicy;

  org.springframework.retry.RetryPolicy acceptsFallbackWhenTheUserConfiguredNone(
      org.springframework.retry.RetryPolicy configured) {
    return configured == null ? new AlwaysRetryPolicy() : configured;
  }

  public SettingsUnlimitedOffers infiniteRetry() {
    this.retryPolicy = new AlwaysRetryPolicy();
    return this;
  }

  public static org.springframework.retry.RetryPolicy retryForever() {
    return new SimpleRetryPolicy(Integer.MAX_VALUE);
  }

  org.springframework.retry.RetryPolicy flagsAlwaysRetryChosenByAnotherCondition(boolean patient,
      org.springframework.retry.RetryPolicy configured) {
    return patient ? new AlwaysRetryPolicy() : configured; // tracelint-expect: UnboundedRetry -- new AlwaysRetryPolicy(...)
  }

  public SettingsUnlimitedOffers withPolicy() {
    this.retryPolicy = new AlwaysRetryPolicy(); // tracelint-expect: UnboundedRetry -- new AlwaysRetryPolicy(...)
    return this;
  }

  @Bean
  public RetryTemplate infiniteRetryTemplate() {
    RetryTemplate template = new RetryTemplate();
    template.setRetryPolicy(new AlwaysRetryPolicy()); // tracelint-expect: UnboundedRetry -- new AlwaysRetryPolicy(...)
    return template;
  }

  BackOff acceptsPolicyBuiltOnlyForItsBackOffReturned() {
    return RetryPolicy.builder()
        .maxRetries(Long.MAX_VALUE)
        .build()
        .getBackOff();
  }

  void reconnects(Runnable connect) {
    Objects.requireNonNull(DEFAULT_REDELIVERY);
    connect.run();
  }

  String usesThePolicy() {
    return String.valueOf(retryPolicy);
  }
}
