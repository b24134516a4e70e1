package corpus.retrywithoutbackoff;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Resilience4j retries configured per downstream through an enum with constructor logic: each constant builds its
 * config with an interval function; the defaults already wait; one config sets the wait to zero.
 */
public class RealisticModernResilienceConfigs {
  enum Downstream {
    VECTOR_STORE(4, Duration.ofMillis(200)),
    MODEL_GATEWAY(3, Duration.ofSeconds(1)),
    FEATURE_FLAGS(2, Duration.ofMillis(50));

    private final RetryConfig config;

    Downstream(int attempts, Duration initial) {
      this.config =
          RetryConfig.custom()
              .maxAttempts(attempts)
              .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(initial, 2.0, 0.3))
              .retryExceptions(IOException.class)
              .build();
    }

    RetryConfig config() {
      return config;
    }
  }

  private final RetryRegistry registry;

  public RealisticModernResilienceConfigs() {
    this.registry = RetryRegistry.of(RetryConfig.ofDefaults());
  }

  public <T> T call(Downstream downstream, Supplier<T> call) {
    Retry retry = registry.retry(downstream.name(), downstream.config());
    return Retry.decorateSupplier(retry, call).get();
  }

  public <T> T callWithDefaults(String name, Supplier<T> call) {
    var retry = registry.retry(name);
    return retry.executeSupplier(call);
  }

  public RetryConfig cacheWarmupConfig() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Duration.ofMillis(250))
        .retryOnException(e -> e instanceof IOException)
        .build();
  }

  public RetryConfig spinConfig() {
    return RetryConfig.custom()
        .maxAttempts(5)
        .waitDuration(Duration.ZERO) // tracelint-expect: RetryWithoutBackoff
        .build();
  }
}
