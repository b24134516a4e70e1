package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin controller that triggers exports: the flush-and-wait runs on a thread of its
 * own that the handler does not join; the status endpoint only reads.
 */
@RestController
public class RealisticAsyncVirtualThreadController {
  private final OpenTelemetrySdk sdk;
  private final ExecutorService exports = Executors.newCachedThreadPool();

  RealisticAsyncVirtualThreadController(OpenTelemetrySdk sdk) {
    this.sdk = sdk;
  }

  @PostMapping("/admin/export")
  public String export() {
    exports.submit(() -> sdk.getSdkTracerProvider().forceFlush().join(30, TimeUnit.SECONDS));
    return "export requested";
  }

  @PostMapping("/admin/export/thread")
  public String exportOnThread(@RequestParam(defaultValue = "30") int seconds) {
    Thread exporter = new Thread(() ->
        sdk.getSdkTracerProvider().forceFlush().join(seconds, TimeUnit.SECONDS), "trace-export");
    exporter.setDaemon(true);
    exporter.start();
    return "export started";
  }

  @PostMapping("/admin/export/now")
  public String exportNow() {
    sdk.getSdkTracerProvider().forceFlush().join(30, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "exported";
  }

  @GetMapping("/admin/exports")
  public int pendingExports() {
    return exports.isShutdown() ? 0 : 1;
  }
}
