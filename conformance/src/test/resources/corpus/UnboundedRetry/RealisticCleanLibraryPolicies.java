package corpus.unboundedretry;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.retry.support.RetryTemplate;

/** Retry libraries configured as good teams configure them: bounded attempts and exponential waits. */
public class RealisticCleanLibraryPolicies {
  interface Exporter {
    String export(String batch) throws IOException;
  }

  private final Exporter exporter;

  RealisticCleanLibraryPolicies(Exporter exporter) {
    this.exporter = exporter;
  }

  public static RetryConfig exportRetryConfig() {
    return RetryConfig.custom()
        .maxAttempts(4)
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(250), 2.0, 0.5))
        .retryExceptions(IOException.class)
        .build();
  }

  public String exportWithResilience4j(String batch) {
    Retry retry = Retry.of("export", exportRetryConfig());
    Supplier<String> call = Retry.decorateSupplier(retry, () -> {
      try {
        return exporter.export(batch);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return call.get();
  }

  public String exportWithFailsafe(String batch) {
    RetryPolicy<String> policy = RetryPolicy.<String>builder()
        .handle(IOException.class)
        .withMaxRetries(3)
        .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .withJitter(0.25)
        .build();
    return Failsafe.with(policy).get(() -> exporter.export(batch));
  }

  public String exportWithSpringRetry(String batch) throws IOException {
    RetryTemplate template = RetryTemplate.builder()
        .maxAttempts(5)
        .exponentialBackoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(10))
        .retryOn(IOException.class)
        .build();
    return template.execute(context -> exporter.export(batch));
  }

  public String exportWithTimeBudget(String batch) throws IOException {
    RetryTemplate template = RetryTemplate.builder()
        .withTimeout(Duration.ofSeconds(30))
        .fixedBackoff(Duration.ofSeconds(1))
        .build();
    return template.execute(context -> exporter.export(batch));
  }
}
