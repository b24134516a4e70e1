package corpus.unboundedretry;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retry settings in a Spring Boot configuration written with records and static factories: caps everywhere, a
 * backoff whose attempts or elapsed time is limited, and three settings that never give up.
 */
public class RealisticModernUnlimitedSettings {
  record RetrySettings(int maxAttempts, Duration initialInterval, double multiplier) {
    RetryConfig toConfig() {
      return RetryConfig.custom()
          .maxAttempts(maxAttempts)
          .intervalFunction(IntervalFunction.ofExponentialBackoff(initialInterval, multiplier))
          .retryExceptions(IOException.class)
          .build();
    }
  }

  @Configuration
  static class ResilienceConfiguration {
    @Bean
    RetryConfig vectorStoreRetry() {
      return new RetrySettings(5, Duration.ofMillis(200), 2.0).toConfig();
    }

    @Bean
    RetryConfig webhookRetry() {
      return RetryConfig.custom()
          .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry
          .waitDuration(Duration.ofSeconds(5))
          .build();
    }

    @Bean
    FixedBackOff listenerBackOff() {
      return new FixedBackOff(2_000L, 5L);
    }

    @Bean
    FixedBackOff redeliveryBackOff() {
      return new FixedBackOff(2_000L, FixedBackOff.UNLIMITED_ATTEMPTS); // tracelint-expect: UnboundedRetry
    }

    @Bean
    ExponentialBackOff consumerBackOff() {
      ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
      backOff.setMaxElapsedTime(Duration.ofMinutes(2).toMillis());
      return backOff;
    }
  }

  static class Notifier {
    @Retryable(retryFor = IOException.class, maxAttempts = 4, backoff = @Backoff(delay = 1_000, multiplier = 2))
    void notifyOnce(String event) throws IOException {
      send(event);
    }

    @Retryable(retryFor = IOException.class, maxAttempts = Integer.MAX_VALUE, backoff = @Backoff(delay = 1_000)) // tracelint-expect: UnboundedRetry
    void notifyForever(String event) throws IOException {
      send(event);
    }

    void send(String event) throws IOException {
      if (event.isEmpty()) {
        throw new IOException("empty");
      }
    }
  }
}
