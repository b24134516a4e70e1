package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Retry strategies for the AWS clients of a Bedrock-backed agent: exponential backoff with jitter, a fixed delay for
 * the knowledge-base sync, the adaptive strategy's defaults, and a configured attempt count.
 */
public class RealisticAppAwsRetryStrategy {
  public RetryStrategy bedrockRuntime() {
    return StandardRetryStrategy.builder()
        .maxAttempts(4)
        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(200), Duration.ofSeconds(10)))
        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofSeconds(1), Duration.ofSeconds(20)))
        .retryOnException(IOException.class)
        .build();
  }

  public RetryStrategy knowledgeBaseSync() {
    return StandardRetryStrategy.builder()
        .maxAttempts(3)
        .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofSeconds(2)))
        .build();
  }

  public RetryStrategy adaptive() {
    return AdaptiveRetryStrategy.builder()
        .maxAttempts(5)
        .build();
  }

  public RetryStrategy configured(int attempts, Duration base, Duration max) {
    return StandardRetryStrategy.builder()
        .maxAttempts(attempts)
        .backoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(base, max))
        .build();
  }
}
