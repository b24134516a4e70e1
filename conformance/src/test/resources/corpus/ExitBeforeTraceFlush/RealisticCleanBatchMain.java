package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A nightly evaluation job: the SDK is closed in finally, and the exit code is set only after it closed. */
public class RealisticCleanBatchMain {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("configured by the deployment");
  }

  static int evaluate(Tracer tracer, List<String> datasets) {
    int failures = 0;
    for (String dataset : datasets) {
      Span span = tracer.spanBuilder("evaluate").setAttribute("dataset", dataset).startSpan();
      try {
        if (dataset.isBlank()) {
          failures++;
        }
      } finally {
        span.end();
      }
    }
    return failures;
  }

  public static void main(String[] args) {
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
    int failures;
    try {
      failures = evaluate(sdk.getTracer("eval-job"), List.of(args));
    } finally {
      sdk.getSdkTracerProvider().forceFlush().join(30, TimeUnit.SECONDS);
      sdk.close();
    }
    if (failures > 0) {
      System.exit(1);
    }
  }

  public static class WithExplicitShutdown {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      int status = 0;
      try {
        evaluate(provider.get("eval-job"), List.of(args));
      } catch (RuntimeException e) {
        System.err.println("evaluation failed: " + e.getMessage());
        status = 2;
      } finally {
        provider.shutdown().join(30, TimeUnit.SECONDS);
      }
      System.exit(status);
    }
  }
}
