package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shutdown, scheduled, asynchronous and startup code may wait for telemetry: none of it serves a request, even where
 * the method also carries a mapping ({@code @Async} runs it on Spring's task executor, and the request returns).
 */
@RestController
class LifecycleExemptions {
  private SdkTracerProvider tracerProvider;

  @PreDestroy
  void shutdown() {
    tracerProvider.close();
  }

  @Scheduled(fixedDelay = 60_000)
  void flushPeriodically() {
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
  }

  @GetMapping("/install-hook")
  String installHook() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> tracerProvider.close()));
    return "installed";
  }

  @Async
  @PostMapping("/flush-later")
  void acceptsJoinedFlushInAsyncMapping() {
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
  }

  public static void main(String[] args) {
    SdkTracerProvider provider = SdkTracerProvider.builder().build();
    provider.forceFlush().join(10, TimeUnit.SECONDS);
    provider.close();
  }
}
