package modern;

import io.github.resilience4j.retry.RetryConfig;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** A Spring controller, retry configuration and reactive code written with Java 17 constructs. */
@RestController
public class HandlersAndRetries {
  private static final Logger LOG = LoggerFactory.getLogger(HandlersAndRetries.class);

  sealed interface Outcome permits Ok, Failed {}

  record Ok(String body) implements Outcome {}

  record Failed(int status) implements Outcome {}

  private final SdkTracerProvider tracerProvider;

  HandlersAndRetries(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  @GetMapping({"/runs/{id}", "/v2/runs/{id}"})
  String run(@PathVariable String id, HttpServletRequest request) {
    Outcome outcome = id.isEmpty() ? new Failed(400) : new Ok(id);
    String header = request.getHeader("Authorization");
    LOG.info("authorization header present: {}", header != null);
    tracerProvider.forceFlush();
    return outcome instanceof Ok ok ? ok.body() : "status " + ((Failed) outcome).status();
  }

  RetryConfig retryConfig() {
    return RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(200)).build();
  }

  Mono<String> reactive(Mono<String> call) {
    return call.retryWhen(Retry.backoff(3, Duration.ofMillis(100)))
        .map(value -> switch (value.length()) {
          case 0 -> "empty";
          default -> value;
        });
  }

  void shutdown() {
    tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
  }
}
