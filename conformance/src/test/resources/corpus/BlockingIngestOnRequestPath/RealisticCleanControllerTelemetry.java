package corpus.blockingingestonrequestpath;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller that counts, reports errors to Sentry and means to hand any waiting on telemetry to an @Async method;
 * but it calls that method on itself, which bypasses Spring's proxy, so the wait runs on the request thread.
 */
@RestController
public class RealisticCleanControllerTelemetry {
  private final MeterRegistry meterRegistry;
  private final SdkTracerProvider tracerProvider;

  RealisticCleanControllerTelemetry(MeterRegistry meterRegistry, SdkTracerProvider tracerProvider) {
    this.meterRegistry = meterRegistry;
    this.tracerProvider = tracerProvider;
  }

  @GetMapping("/documents/{id}")
  public String get(@PathVariable String id) {
    meterRegistry.counter("documents.read").increment();
    if (id.isBlank()) {
      throw new IllegalArgumentException("id");
    }
    flushLater(); // tracelint-expect: BlockingIngestOnRequestPath -- flushLater() reaches tracerProvider.forceFlush().join()
    return "document " + id;
  }

  @GetMapping("/documents/{id}/async")
  public CompletableFuture<String> getAsync(@PathVariable String id) {
    return CompletableFuture.supplyAsync(() -> "document " + id)
        .whenComplete((body, error) -> tracerProvider.forceFlush());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public String badRequest(IllegalArgumentException e) {
    Sentry.captureException(e);
    meterRegistry.counter("documents.bad_request").increment();
    return "bad request";
  }

  @Async
  public void flushLater() {
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}
