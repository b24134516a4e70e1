package corpus.retrywithoutbackoff;

import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import org.springframework.retry.support.RetryTemplate;
import reactor.util.retry.Retry;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Retry settings of a model gateway for callers that must not be retried (a charge, a tool call with side effects):
 * the attempt count that turns retrying off sits in the same chain as a zero wait, so no wait is missing. The same
 * zero wait beside a count that does retry is reported.
 */
public class SettingsThatTurnRetryingOff {

  public RetryConfig singleCallConfig() {
    return RetryConfig.custom()
        .maxAttempts(1)
        .waitDuration(Duration.ZERO)
        .build();
  }

  public RetryPolicy<Object> chargeOncePolicy() {
    return RetryPolicy.builder()
        .handle(IOException.class)
        .withDelay(Duration.ZERO)
        .withMaxRetries(0)
        .build();
  }

  public RetryPolicy<Object> toolCallPolicy() {
    return RetryPolicy.builder()
        .withMaxAttempts(1)
        .withDelay(Duration.ofMillis(0))
        .build();
  }

  public RetryTemplate sideEffectTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(1)
        .noBackoff()
        .retryOn(IOException.class)
        .build();
  }

  public StandardRetryStrategy oneShotRuntimeStrategy() {
    return StandardRetryStrategy.builder()
        .maxAttempts(1)
        .backoffStrategy(BackoffStrategy.retryImmediately())
        .build();
  }

  public RetryTemplate paymentTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(1)
        .retryOn(IOException.class)
        .build();
  }

  public RetryPolicy<Object> webhookPolicy() {
    return RetryPolicy.builder()
        .handle(IOException.class)
        .withMaxAttempts(1)
        .build();
  }

  public Retry streamingSpec() {
    return Retry.max(0);
  }

  public RetryConfig embeddingsConfig() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Duration.ZERO) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  public StandardRetryStrategy bedrockStrategy() {
    return DefaultRetryStrategy.standardStrategyBuilder()
        .maxAttempts(4)
        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  public RetryPolicy<Object> overriddenCountPolicy() {
    return RetryPolicy.builder()
        .withMaxRetries(0)
        .withDelay(Duration.ZERO) // tracelint-expect: RetryWithoutBackoff
        .withMaxAttempts(3)
        .build();
  }

  public RetryTemplate rerankTemplate() {
    return RetryTemplate.builder() // tracelint-expect: RetryWithoutBackoff
        .maxAttempts(2)
        .retryOn(IOException.class)
        .build();
  }

  public Retry searchSpec() {
    return Retry.max(2); // tracelint-expect: RetryWithoutBackoff
  }
}
