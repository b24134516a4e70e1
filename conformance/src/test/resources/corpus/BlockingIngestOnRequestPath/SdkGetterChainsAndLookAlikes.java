package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Waits on SDK components reached through OpenTelemetrySdk's getters, next to "/flush" endpoints that flush buffers
 * which are not telemetry (a message producer, the servlet response, an executor, an in-house span buffer reached
 * through a getter that only shares its name with the SDK's), and a span's scope, whose close() only restores the
 * previous context.
 */
@RestController
@RequestMapping("/ops")
class SdkGetterChainsAndLookAlikes {
  interface EventProducer {
    void flush();

    void close();
  }

  /** An in-house registry of span buffers kept in memory for a diagnostics page: no telemetry pipeline. */
  interface TelemetryRegistry {
    SpanBuffer getSdkTracerProvider();
  }

  interface SpanBuffer {
    CompletableFuture<Void> forceFlush();
  }

  private OpenTelemetrySdk sdk;
  private Tracer tracer;
  private EventProducer producer;
  private ExecutorService executor;
  private TelemetryRegistry registry;

  @PostMapping("/trace/flush")
  Map<String, Object> flushTraces() {
    boolean ok = sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS).isSuccess(); // tracelint-expect: BlockingIngestOnRequestPath -- sdk.getSdkTracerProvider().forceFlush().join() blocks request handler 'flushTraces' until telemetry is sent
    return Map.of("success", ok);
  }

  @PostMapping("/metrics/close")
  String closeMetrics() {
    sdk.getSdkMeterProvider().close(); // tracelint-expect: BlockingIngestOnRequestPath -- sdk.getSdkMeterProvider().close() blocks request handler 'closeMetrics' until telemetry is sent
    return "closed";
  }

  @PostMapping("/trace/request-flush")
  String requestFlush() {
    sdk.getSdkTracerProvider().forceFlush();
    sdk.getSdkLoggerProvider().forceFlush();
    sdk.getSdkLoggerProvider().shutdown();
    return "requested";
  }

  @PostMapping("/events/flush")
  String flushEvents() {
    producer.flush();
    return "flushed";
  }

  @GetMapping("/export.csv")
  void export(HttpServletResponse response) throws IOException {
    response.getWriter().write("a,b");
    response.flushBuffer();
  }

  @PostMapping("/jobs/stop")
  String stopJobs() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    producer.close();
    return "stopped";
  }

  @PostMapping("/buffer/flush")
  String acceptsWaitOnGetterOfInHouseRegistry() {
    registry.getSdkTracerProvider().forceFlush().join();
    return "flushed";
  }

  @GetMapping("/traced")
  String acceptsCloseOfSpanScope() {
    Span span = tracer.spanBuilder("ops.traced").startSpan();
    Scope scope = span.makeCurrent();
    try {
      return "traced";
    } finally {
      scope.close();
      span.end();
    }
  }
}
