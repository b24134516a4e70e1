package corpus.unboundedretry;

import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Spring Framework 7 policies built with an unlimited count only to take their backoff ({@code build().getBackOff()}):
 * the backoff is what leaves the method, and it is judged as a backoff left unlimited is, by whoever takes it
 * (docs/rules/UnboundedRetry.md, "Defaults left unlimited"): returned, stored or handed to a method of the unit, its
 * taker decides the attempts, as for {@code return new FixedBackOff(delay)}. The policy built for itself, or its
 * backoff given straight to a consumer that stops only when the backoff says so, retries forever.
 */
class PoliciesBuiltOnlyForTheirBackOff {
  private BackOff redeliveryBackOff;

  BackOff acceptsADelayScheduleReturned(Duration delay, Duration maxDelay) {
    return RetryPolicy.builder().maxRetries(Long.MAX_VALUE).delay(delay).maxDelay(maxDelay).multiplier(2)
        .build().getBackOff();
  }

  BackOff acceptsABuilderConfiguredThenReturnedAsItsBackOff(Duration delay, double multiplier, Duration jitter) {
    if (multiplier == 0 && jitter.isZero()) {
      return new FixedBackOff(delay.toMillis());
    }
    RetryPolicy.Builder schedule = RetryPolicy.builder().maxRetries(Long.MAX_VALUE);
    schedule.delay(delay);
    if (multiplier != 0) {
      schedule.multiplier(multiplier);
    }
    if (!jitter.isZero()) {
      schedule.jitter(jitter);
    }
    return schedule.build().getBackOff();
  }

  void acceptsADelayScheduleStoredForTheContainer(Duration delay) {
    this.redeliveryBackOff = RetryPolicy.builder().maxRetries(Long.MAX_VALUE).delay(delay).build().getBackOff();
  }

  void acceptsADelayScheduleHandedToAMethodThatBoundsIt(Duration delay) {
    register(RetryPolicy.builder().maxRetries(Long.MAX_VALUE).delay(delay).build().getBackOff());
  }

  RetryPolicy flagsThePolicyBuiltForItself(Duration delay) {
    return RetryPolicy.builder().maxRetries(Long.MAX_VALUE).delay(delay).build(); // tracelint-expect: UnboundedRetry
  }

  DefaultErrorHandler flagsTheBackOffGivenStraightToAnErrorHandler(Duration delay) {
    return new DefaultErrorHandler(
        RetryPolicy.builder().maxRetries(Long.MAX_VALUE).delay(delay).build().getBackOff()); // tracelint-expect: UnboundedRetry
  }

  RetryTemplate flagsABuilderAlsoBuiltAsAPolicy(Duration delay) {
    RetryPolicy.Builder policy = RetryPolicy.builder().maxRetries(Long.MAX_VALUE); // tracelint-expect: UnboundedRetry
    policy.delay(delay);
    this.redeliveryBackOff = policy.build().getBackOff();
    return new RetryTemplate(policy.build());
  }

  private void register(BackOff backOff) {
    FixedBackOff limited = new FixedBackOff(1_000, 5);
    this.redeliveryBackOff = backOff instanceof FixedBackOff ? limited : backOff;
  }
}
