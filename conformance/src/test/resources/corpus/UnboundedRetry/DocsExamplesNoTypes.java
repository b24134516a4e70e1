package corpus.unboundedretry;

import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * UnboundedRetry's "Known limits" on Spring backoffs without types: a call is taken as a method of the unit when the
 * unit declares a method of that name and arity, so a library consumer that shares its name with one of them is not
 * reported by PMD without an auxclasspath. With types the call is the library's.
 */
class DocsExamplesNoTypes {
  private BackOff configured;

  void backOff(BackOff backOff) {
    this.configured = backOff;
  }

  RetryPolicy flagsLibraryConsumerSharingANameWithAMethodOfTheUnit() {
    return RetryPolicy.builder()
        .backOff(new FixedBackOff()) // tracelint-expect-with-types: UnboundedRetry
        .build();
  }

  void acceptsBackOffHandedToTheUnitsOwnMethod() {
    backOff(new FixedBackOff());
  }

  RetryPolicy acceptsConsumerChainBoundedByATimeout() {
    return RetryPolicy.builder().backOff(new FixedBackOff()).timeout(Duration.ofMinutes(1)).build();
  }
}
