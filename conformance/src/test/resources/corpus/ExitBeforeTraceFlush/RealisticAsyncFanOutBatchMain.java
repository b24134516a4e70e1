package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A nightly embedding backfill: fans the documents out to a thread pool with CompletableFuture, waits for all of
 * them, then closes the SDK (which flushes the batch processor and waits, bounded) before exiting with a status.
 */
public class RealisticAsyncFanOutBatchMain {
  interface Embedder {
    void embed(String documentId);
  }

  public static void main(String[] args) throws Exception {
    SpanExporter exporter = exporter();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
            .build())
        .build();
    int failures;
    ExecutorService workers = Executors.newFixedThreadPool(16);
    try {
      failures = backfill(sdk.getTracer("backfill"), workers, List.of(args));
    } finally {
      workers.shutdown();
      workers.awaitTermination(1, TimeUnit.MINUTES);
      sdk.close();
    }
    System.exit(failures == 0 ? 0 : 2);
  }

  static int backfill(Tracer tracer, ExecutorService workers, List<String> documentIds) {
    Embedder embedder = documentId -> { };
    List<CompletableFuture<Boolean>> results = new ArrayList<>();
    for (String documentId : documentIds) {
      results.add(CompletableFuture.supplyAsync(Context.current().wrapSupplier(() -> {
        Span span = tracer.spanBuilder("embed").setAttribute("document.id", documentId).startSpan();
        try {
          embedder.embed(documentId);
          return true;
        } catch (RuntimeException e) {
          span.recordException(e);
          return false;
        } finally {
          span.end();
        }
      }), workers));
    }
    CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.HOURS).join();
    return (int) results.stream().filter(result -> !result.join()).count();
  }

  static SpanExporter exporter() {
    throw new UnsupportedOperationException("configured per environment");
  }
}
