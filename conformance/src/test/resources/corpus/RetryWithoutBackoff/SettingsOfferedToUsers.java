package corpus.retrywithoutbackoff;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.FixedBackOffPolicy;
import org.springframework.retry.backoff.NoBackOffPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * No-wait settings a framework offers its users rather than uses (docs/rules/RetryWithoutBackoff.md, "What is not
 * flagged"): a fallback taken only when the user configured no backoff, a published default or option constant the
 * unit never reads, and an option method named for the setting that only installs it. The same settings at a call
 * site (a template built and used, a constant passed to the unit's own retry, a {@code @Bean} factory) are flagged.
 */
public class SettingsOfferedToUsers {
  /** The redelivery default users may take or replace; nothing in this unit retries with it. */
  public static final FixedBackOff DEFAULT_REDELIVERY_BACK_OFF = new FixedBackOff(0, 9);

  /** An option constant named for what it is. */
  public static final BackOffPolicy NO_BACKOFF = new NoBackOffPolicy();

  /** Read by this unit's own retry below: the unit configures its retries with it. */
  public static final FixedBackOff DEFAULT_BACK_OFF = new FixedBackOff(0, 4); // tracelint-expect: RetryWithoutBackoff -- new FixedBackOff(...) retries immediately

  /** A constant for this unit's own use, whatever its name. */
  private static final FixedBackOff REDELIVERY = new FixedBackOff(0, 3); // tracelint-expect: RetryWithoutBackoff -- new FixedBackOff(...) retries immediately

  /** Published but named like any value: nothing tells its users that it does not wait. */
  public static final FixedBackOff REDELIVERY_BACK_OFF = new FixedBackOff(0, 2); // tracelint-expect: RetryWithoutBackoff -- new FixedBackOff(...) retries immediately

  private final Supplier<BackOffPolicy> userBackOff;
  private BackOff backOff;
  private BackOffPolicy policy;

  public SettingsOfferedToUsers(Supplier<BackOffPolicy> userBackOff) {
    this.userBackOff = userBackOff;
  }

  RetryTemplate acceptsFallbackWhenTheUserConfiguredNone() {
    RetryTemplate template = new RetryTemplate();
    BackOffPolicy configured = userBackOff.get();
    template.setBackOffPolicy(configured == null ? new NoBackOffPolicy() : configured);
    return template;
  }

  BackOffPolicy acceptsFallbackWrittenTheOtherWayRound(BackOffPolicy configured) {
    return configured != null ? configured : new NoBackOffPolicy();
  }

  BackOffPolicy acceptsRequireNonNullElse(BackOffPolicy configured) {
    return Objects.requireNonNullElse(configured, new NoBackOffPolicy());
  }

  BackOffPolicy acceptsOptionalOrElseGet(BackOffPolicy configured) {
    return Optional.ofNullable(configured).orElseGet(() -> new NoBackOffPolicy());
  }

  void acceptsFallbackAssignedWhenAbsent() {
    if (this.policy == null) {
      this.policy = new NoBackOffPolicy();
    }
  }

  public SettingsOfferedToUsers noBackoff() {
    Objects.requireNonNull(userBackOff, "userBackOff");
    this.backOff = new FixedBackOff(0);
    return this;
  }

  public BackOffPolicy withoutDelay() {
    return new NoBackOffPolicy();
  }

  RetryTemplate flagsNoWaitChosenByAnotherCondition(boolean fast, BackOffPolicy configured) {
    RetryTemplate template = new RetryTemplate();
    template.setBackOffPolicy(fast ? new NoBackOffPolicy() : configured); // tracelint-expect: RetryWithoutBackoff -- new NoBackOffPolicy(...) retries immediately
    return template;
  }

  BackOffPolicy flagsNullTestOfAnotherValue(BackOffPolicy configured, BackOffPolicy other) {
    return configured == null ? new NoBackOffPolicy() : other; // tracelint-expect: RetryWithoutBackoff -- new NoBackOffPolicy(...) retries immediately
  }

  String usesTheUnitsOwnConstants(Supplier<String> call) {
    RetryTemplate template = new RetryTemplate();
    template.setBackOffPolicy(new FixedBackOffPolicy());
    consume(DEFAULT_BACK_OFF);
    consume(REDELIVERY);
    return template.execute(context -> call.get());
  }

  public String noBackoffCall(Supplier<String> call) {
    RetryTemplate template = new RetryTemplate();
    template.setBackOffPolicy(new NoBackOffPolicy()); // tracelint-expect: RetryWithoutBackoff -- new NoBackOffPolicy(...) retries immediately
    return template.execute(context -> call.get());
  }

  public SettingsOfferedToUsers configureRedelivery() {
    this.backOff = new FixedBackOff(0); // tracelint-expect: RetryWithoutBackoff -- new FixedBackOff(...) retries immediately
    return this;
  }

  @Bean
  public RetryTemplate noBackoffTemplate() {
    return RetryTemplate.builder().maxAttempts(3).noBackoff().build(); // tracelint-expect: RetryWithoutBackoff -- RetryTemplateBuilder.noBackoff() retries immediately
  }

  private static void consume(BackOff backOff) {
    Objects.requireNonNull(backOff);
  }
}
