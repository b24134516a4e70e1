package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Work handed to another thread does not block the request; a forEach lambda runs in place and does. */
@RestController
class AsyncHandOff {
  private SdkTracerProvider tracerProvider;
  private List<SdkTracerProvider> tenantProviders;
  private ExecutorService telemetryExecutor;

  @PostMapping("/background")
  String background() {
    CompletableFuture.runAsync(() -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS));
    CompletableFuture.supplyAsync(() -> tracerProvider.shutdown().join(5, TimeUnit.SECONDS));
    telemetryExecutor.execute(() -> tracerProvider.close());
    telemetryExecutor.submit(new Runnable() {
      @Override
      public void run() {
        tracerProvider.close();
      }
    });
    new Thread(tracerProvider::close).start();
    return "queued";
  }

  @PostMapping("/tenants")
  String flushTenants() {
    tenantProviders.forEach(provider -> provider.forceFlush().join(1, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'flushTenants' until telemetry is sent
    return "flushed";
  }

  @PostMapping("/result")
  String result() {
    CompletableResultCode flush = tracerProvider.forceFlush();
    flush.whenComplete(() -> {});
    CompletableResultCode shutdown = tracerProvider.shutdown();
    shutdown.join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- shutdown.join() blocks request handler 'result' until telemetry is sent
    return "ok";
  }
}
