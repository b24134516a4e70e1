package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Error reporting around a controller: advice, async service, returned futures. */
public class RealisticErrorReportingAdvice {
  @ControllerAdvice
  public static class ReportingAdvice {
    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<String> onFailure(RuntimeException e) {
      Sentry.captureException(e);
      ensureDelivered(); // tracelint-expect: BlockingIngestOnRequestPath
      return ResponseEntity.internalServerError().body("failed");
    }

    private void ensureDelivered() {
      deliver(1500);
    }

    private static void deliver(long timeoutMillis) {
      Sentry.flush(timeoutMillis);
    }
  }

  @Service
  public static class ReportService {
    private final SdkTracerProvider provider;

    ReportService(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @Async
    public void flushLater() {
      provider.forceFlush().join(10, TimeUnit.SECONDS);
    }

    public CompletableFuture<String> build(String id) {
      return CompletableFuture.supplyAsync(() -> "report " + id);
    }
  }

  @Controller
  public static class ReportController {
    private final ReportService reports;
    private final SdkTracerProvider provider;

    ReportController(ReportService reports, SdkTracerProvider provider) {
      this.reports = reports;
      this.provider = provider;
    }

    @GetMapping("/reports/latest")
    @ResponseBody
    public String latest() {
      reports.flushLater();
      CompletableFuture.runAsync(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
      return "latest";
    }

    @GetMapping("/reports/{id}")
    @ResponseBody
    public CompletableFuture<String> report(String id) {
      return reports.build(id).thenApply(report -> {
        provider.forceFlush().join(2, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
        return report;
      });
    }

    @GetMapping("/reports/{id}/close")
    @ResponseBody
    public String closeTelemetry(String id) {
      provider.shutdown();
      return "closing";
    }

    @GetMapping("/reports/{id}/stop")
    @ResponseBody
    public String stopTelemetry(String id) {
      provider.close(); // tracelint-expect: BlockingIngestOnRequestPath
      return "stopped";
    }
  }
}
