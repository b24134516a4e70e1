package corpus.unboundedretry;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A chat client wrapped in Resilience4j: a few attempts with exponential, randomised backoff for network failures and
 * rate limits; no retry on a bad request.
 */
public class RealisticAppResilience4jLlmClient {
  static final class RateLimitedException extends RuntimeException {
    RateLimitedException(String message) {
      super(message);
    }
  }

  static final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
      super(message);
    }
  }

  interface Completions {
    String complete(String prompt);
  }

  private final Completions completions;
  private final Retry retry;

  public RealisticAppResilience4jLlmClient(Completions completions, RetryRegistry registry) {
    this.completions = completions;
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(4)
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(300), 2.0, 0.5))
        .retryExceptions(IOException.class, RateLimitedException.class)
        .ignoreExceptions(BadRequestException.class)
        .build();
    this.retry = registry.retry("llm-completions", config);
    retry.getEventPublisher().onRetry(event -> System.err.println(
        "retry " + event.getNumberOfRetryAttempts() + " after " + event.getWaitInterval()));
  }

  public String complete(String prompt) {
    Supplier<String> call = Retry.decorateSupplier(retry, () -> completions.complete(prompt));
    return call.get();
  }

  public static RetryConfig embeddingsDefaults() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Duration.ofMillis(500))
        .build();
  }

  public static RetryConfig fromSettings(int configuredAttempts, Duration configuredWait) {
    return RetryConfig.custom()
        .maxAttempts(configuredAttempts)
        .waitDuration(configuredWait)
        .build();
  }
}
