package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Async;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot 3 controller that owns the exporter's lifecycle: it flushes in @PreDestroy, in SmartLifecycle#stop
 * and in an @Async method (called by other beans through the proxy), never while a request waits.
 */
@RestController
public class RealisticModernSpringLifecycleFlushes implements SmartLifecycle {
  record Health(boolean running, String exporter) {}

  private final SdkTracerProvider provider;
  private volatile boolean running;

  public RealisticModernSpringLifecycleFlushes(SdkTracerProvider provider) {
    this.provider = provider;
  }

  @GetMapping("/health")
  public Health health() {
    return new Health(running, running ? "batch" : "stopped");
  }

  @PostMapping("/telemetry/export")
  public Health export() {
    provider.forceFlush();
    return health();
  }

  @Async
  public void exportLater() {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
    Sentry.flush(2_000);
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @PreDestroy
  public void close() {
    provider.shutdown().join(10, TimeUnit.SECONDS);
  }
}
