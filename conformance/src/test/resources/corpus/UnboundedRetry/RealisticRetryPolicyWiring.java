package corpus.unboundedretry;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.WaitStrategies;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.reactivex.rxjava3.core.Flowable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.policy.AlwaysRetryPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

/** How one service wires retry policies for its model, index and telemetry clients. */
public class RealisticRetryPolicyWiring {
  @Bean
  RetryTemplate modelRetryTemplate() {
    RetryTemplate template = new RetryTemplate();
    template.setRetryPolicy(new SimpleRetryPolicy(4));
    ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
    backOff.setInitialInterval(250);
    template.setBackOffPolicy(backOff);
    return template;
  }

  @Bean
  RetryTemplate licenseCheckRetryTemplate() {
    RetryTemplate template = new RetryTemplate();
    template.setRetryPolicy(new AlwaysRetryPolicy()); // tracelint-expect: UnboundedRetry
    template.setBackOffPolicy(new ExponentialBackOffPolicy());
    return template;
  }

  RetryConfig indexRetryConfig() {
    return RetryConfig.custom()
        .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry
        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2.0, Duration.ofMinutes(1)))
        .build();
  }

  RetryPolicy<Object> telemetryPolicy() {
    return RetryPolicy.builder()
        .handle(IOException.class)
        .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30))
        .withMaxAttempts(-1) // tracelint-expect: UnboundedRetry
        .build();
  }

  RetryPolicy<Object> boundedTelemetryPolicy() {
    return RetryPolicy.builder()
        .handle(IOException.class)
        .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30))
        .withMaxAttempts(-1)
        .withMaxDuration(Duration.ofMinutes(10))
        .build();
  }

  Retryer<String> webhookRetryer() {
    return RetryerBuilder.<String>newBuilder() // tracelint-expect: UnboundedRetry
        .retryIfExceptionOfType(IOException.class)
        .withWaitStrategy(WaitStrategies.fibonacciWait(100, 2, TimeUnit.MINUTES))
        .build();
  }

  Flux<String> liveEvents(Flux<String> source) {
    return source
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1)))
        .timeout(Duration.ofHours(1));
  }

  Flux<String> configUpdates(Flux<String> source) {
    return source.retryWhen(Retry.indefinitely() // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
        .filter(e -> e instanceof IOException));
  }

  Flowable<String> metricsStream(Flowable<String> source) {
    return source.retryWhen(errors -> errors
        .zipWith(Flowable.range(1, 5), (error, attempt) -> attempt)
        .flatMap(attempt -> Flowable.timer(attempt * 200L, TimeUnit.MILLISECONDS)));
  }
}
