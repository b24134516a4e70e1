package corpus.unboundedretry;

import java.time.Duration;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** Client and framework retry settings with bounded attempts (or elapsed time) and real waits. */
public class RealisticCleanClientRetrySettings {
  public static StandardRetryStrategy awsRetryStrategy() {
    return StandardRetryStrategy.builder()
        .maxAttempts(4)
        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
        .build();
  }

  public static DefaultHttpRequestRetryStrategy httpRetryStrategy() {
    return new DefaultHttpRequestRetryStrategy(3, TimeValue.ofSeconds(1));
  }

  public static DefaultErrorHandler kafkaErrorHandler() {
    return new DefaultErrorHandler(new FixedBackOff(1_000L, 3L));
  }

  public static DefaultErrorHandler kafkaExponentialErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
    backOff.setMaxInterval(10_000L);
    backOff.setMaxElapsedTime(60_000L);
    return new DefaultErrorHandler(backOff);
  }

  public interface EmbeddingGateway {
    @Retryable(retryFor = java.io.IOException.class, maxAttempts = 4,
        backoff = @Backoff(delay = 500, multiplier = 2.0, maxDelay = 8_000))
    float[] embed(String text) throws java.io.IOException;
  }
}
