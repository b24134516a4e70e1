package corpus.retrywithoutbackoff;

import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import java.io.IOException;
import java.time.Duration;

/** Failsafe policies for a trace-ingest client, built over several statements. */
public class RealisticIssue10FailsafeBuilderInVariable {
  private final int maxRetries;

  RealisticIssue10FailsafeBuilderInVariable(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  public RetryPolicy<Object> ingestPolicy() {
    RetryPolicyBuilder<Object> policy = RetryPolicy.builder(); // tracelint-expect: RetryWithoutBackoff
    policy.handle(IOException.class);
    policy.withMaxRetries(maxRetries);
    policy.onRetry(event -> System.err.println("retrying ingest, attempt " + event.getAttemptCount()));
    return policy.build();
  }

  public RetryPolicy<Object> pacedIngestPolicy() {
    RetryPolicyBuilder<Object> policy = RetryPolicy.builder();
    policy.handle(IOException.class);
    policy.withMaxRetries(maxRetries);
    policy.withBackoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    return policy.build();
  }

  public RetryPolicy<Object> sharedPolicy() {
    RetryPolicyBuilder<Object> policy = RetryPolicy.builder();
    policy.handle(IOException.class);
    applyDefaults(policy);
    return policy.build();
  }

  public RetryPolicy<Object> inlinePolicy() {
    return RetryPolicy.builder() // tracelint-expect: RetryWithoutBackoff
        .handle(IOException.class)
        .withMaxRetries(3)
        .build();
  }

  private void applyDefaults(RetryPolicyBuilder<Object> policy) {
    policy.withMaxRetries(3).withDelay(Duration.ofSeconds(1));
  }
}
