package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A summarisation worker in a container: it polls a queue until SIGTERM; the shutdown hook stops the loop and
 * closes the SDK, which flushes the batch processor.
 */
public class RealisticAppQueueWorkerHook {
  static final AtomicBoolean RUNNING = new AtomicBoolean(true);

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static void summarise(Tracer tracer, String document) {
    Span span = tracer.spanBuilder("summarise").setAttribute("document.chars", document.length()).startSpan();
    try {
      document.lines().limit(3).forEach(line -> { });
    } finally {
      span.end();
    }
  }

  public static void main(String[] args) throws InterruptedException {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
            .build())
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      RUNNING.set(false);
      sdk.close();
    }, "worker-shutdown"));

    Tracer tracer = sdk.getTracer("summariser");
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    while (RUNNING.get()) {
      String document = queue.poll(1, TimeUnit.SECONDS);
      if (document != null) {
        summarise(tracer, document);
      }
    }
  }
}
