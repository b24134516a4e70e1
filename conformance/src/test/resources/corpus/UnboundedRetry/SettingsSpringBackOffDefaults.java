package corpus.unboundedretry;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Spring's backoffs made with a constructor that leaves the attempt limit unlimited (docs/rules/UnboundedRetry.md,
 * "Defaults left unlimited"): {@code new FixedBackOff()} and {@code new FixedBackOff(interval)} keep
 * {@code maxAttempts} at {@code UNLIMITED_ATTEMPTS}; both {@code ExponentialBackOff} constructors keep
 * {@code maxAttempts} and {@code maxElapsedTime} at {@code Long.MAX_VALUE}. Reported at the {@code new} when the
 * backoff reaches a consumer so (as an argument, or from a local with no bounding setter on it); silent when a setter
 * bounds it, when it is handed off (returned, stored in a field, given to a method of this class), when its consumer
 * counts the attempts itself or a time bound follows, and where a framework only offers it.
 */
public class SettingsSpringBackOffDefaults {
  private static final Logger log = LoggerFactory.getLogger(SettingsSpringBackOffDefaults.class);

  /** A published default its users take by name; nothing here retries with it. */
  public static final FixedBackOff DEFAULT_REDELIVERY = new FixedBackOff();

  private final BackOff redelivery = new ExponentialBackOff();

  private CommonErrorHandler errorHandler;

  private BackOff configured;

  DefaultErrorHandler flagsFixedBackOffHandedToAnErrorHandler() {
    return new DefaultErrorHandler(new FixedBackOff()); // tracelint-expect: UnboundedRetry -- new FixedBackOff() retries without limit by default: its maxAttempts is unlimited; call setMaxAttempts(..)
  }

  DefaultAfterRollbackProcessor<String, String> flagsExponentialBackOffHandedToARollbackProcessor() {
    return new DefaultAfterRollbackProcessor<>(
        new ExponentialBackOff()); // tracelint-expect: UnboundedRetry -- new ExponentialBackOff() retries without limit by default: its maxAttempts and maxElapsedTime are unlimited
  }

  DefaultErrorHandler flagsFixedBackOffGivenOnlyAnInterval() {
    return new DefaultErrorHandler(new FixedBackOff(2_000L)); // tracelint-expect: UnboundedRetry -- new FixedBackOff(...) retries without limit
  }

  DefaultErrorHandler flagsExponentialBackOffKeptInAVariableWithOnlyItsDelaysSet() {
    ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0); // tracelint-expect: UnboundedRetry -- setMaxElapsedTime(..)
    backOff.setMaxInterval(10_000L);
    return new DefaultErrorHandler(backOff);
  }

  // Without an interval it neither waits nor stops; the defaults above wait (5 s, 2 s growing), so RetryWithoutBackoff,
  // judged in this file too, reports only this one.
  DefaultErrorHandler flagsFixedBackOffWithNoIntervalAndNoLimit() {
    return new DefaultErrorHandler(new FixedBackOff(0L)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  RetryPolicy flagsBackOffGivenToASpringRetryPolicy() {
    return RetryPolicy.builder()
        .backOff(new FixedBackOff(1_000L)) // tracelint-expect: UnboundedRetry -- new FixedBackOff(...)
        .build();
  }

  void flagsErrorHandlerInstalledWithADefaultBackOff() {
    this.errorHandler = new DefaultErrorHandler(new ExponentialBackOff()); // tracelint-expect: UnboundedRetry
  }

  DefaultErrorHandler flagsBackOffLoggedAndHandedOn() {
    FixedBackOff backOff = new FixedBackOff(); // tracelint-expect: UnboundedRetry
    log.info("redelivering with {}", backOff);
    return new DefaultErrorHandler(backOff);
  }

  DefaultErrorHandler acceptsFixedBackOffBoundedBySetter() {
    FixedBackOff backOff = new FixedBackOff();
    backOff.setMaxAttempts(5);
    return new DefaultErrorHandler(backOff);
  }

  DefaultErrorHandler acceptsBoundingSetterAfterHandingItOn() {
    FixedBackOff backOff = new FixedBackOff(1_000L);
    DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
    backOff.setMaxAttempts(3);
    return handler;
  }

  DefaultErrorHandler acceptsExponentialBackOffBoundedByElapsedTime() {
    ExponentialBackOff backOff = new ExponentialBackOff();
    backOff.setMaxElapsedTime(60_000L);
    return new DefaultErrorHandler(backOff);
  }

  DefaultErrorHandler acceptsExponentialBackOffBoundedByAttempts() {
    ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
    backOff.setMaxAttempts(6);
    return new DefaultErrorHandler(backOff);
  }

  DefaultErrorHandler acceptsDoubleBraceInitialisedBackOff() {
    return new DefaultErrorHandler(new FixedBackOff() {{
      setMaxAttempts(4);
    }});
  }

  DefaultErrorHandler acceptsBoundedTwoArgumentFixedBackOff() {
    return new DefaultErrorHandler(new FixedBackOff(1_000L, 3L));
  }

  BackOff acceptsBackOffReturned() {
    return new ExponentialBackOff();
  }

  BackOff acceptsBackOffKeptInAVariableAndReturned() {
    ExponentialBackOff backOff = new ExponentialBackOff(1_000L, 2.0);
    backOff.setMaxInterval(30_000L);
    return backOff;
  }

  void acceptsBackOffStoredInAField() {
    this.configured = new FixedBackOff();
  }

  DefaultErrorHandler acceptsBackOffHandedToAConfigurerOfThisClass() {
    FixedBackOff backOff = new FixedBackOff();
    limit(backOff);
    return new DefaultErrorHandler(backOff);
  }

  DefaultErrorHandler acceptsFallbackWhenTheUserConfiguredNone() {
    return new DefaultErrorHandler(Objects.requireNonNullElse(configured, new FixedBackOff()));
  }

  DefaultErrorHandler acceptsFallbackChosenByANullTest() {
    return new DefaultErrorHandler(configured != null ? configured : new ExponentialBackOff());
  }

  public SettingsSpringBackOffDefaults infiniteRedelivery() {
    this.errorHandler = new DefaultErrorHandler(new FixedBackOff());
    return this;
  }

  RetryTopicConfigurationBuilder acceptsBackOffOfRetryTopicsThatCountTheAttempts() {
    return RetryTopicConfigurationBuilder.newInstance()
        .maxAttempts(4)
        .customBackoff(new ExponentialBackOff());
  }

  RetryPolicy acceptsSpringRetryPolicyBoundedByTime() {
    return RetryPolicy.builder()
        .backOff(new FixedBackOff())
        .timeout(Duration.ofMinutes(2))
        .build();
  }

  void acceptsBackOffOnlyLogged() {
    ExponentialBackOff backOff = new ExponentialBackOff();
    log.debug("default backoff would be {}", backOff);
  }

  String usesTheFields() {
    return String.valueOf(redelivery) + errorHandler;
  }

  private static void limit(FixedBackOff backOff) {
    backOff.setMaxAttempts(3);
  }
}
