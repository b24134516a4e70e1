package corpus.blockingingestonrequestpath;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The telemetry housekeeping of a chat service, kept beside its status endpoint: periodic and shutdown flushes run
 * outside any request; the status endpoint only reads counters.
 */
@RestController
public class RealisticAppTelemetryLifecycle {
  private final OpenTelemetrySdk sdk;
  private final MeterRegistry meterRegistry;
  private final AtomicLong failedFlushes = new AtomicLong();

  public RealisticAppTelemetryLifecycle(OpenTelemetrySdk sdk, MeterRegistry meterRegistry) {
    this.sdk = sdk;
    this.meterRegistry = meterRegistry;
  }

  @GetMapping("/internal/telemetry")
  public String status() {
    return "failedFlushes=" + failedFlushes.get() + " meters=" + meterRegistry.getMeters().size();
  }

  @Scheduled(fixedRate = 60_000)
  public void periodicFlush() {
    CompletableResultCode result = sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
    if (!result.isSuccess()) {
      failedFlushes.incrementAndGet();
    }
  }

  @EventListener(ContextClosedEvent.class)
  public void onClose() {
    sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
  }

  @PreDestroy
  public void shutdown() {
    sdk.close();
    meterRegistry.close();
  }
}
