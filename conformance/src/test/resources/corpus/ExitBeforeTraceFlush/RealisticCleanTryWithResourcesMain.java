package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** Mains that own the SDK in try-with-resources, or let autoconfiguration register its own hook. */
public class RealisticCleanTryWithResourcesMain {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("configured by the deployment");
  }

  static int run(io.opentelemetry.api.OpenTelemetry otel, String[] args) {
    Span span = otel.getTracer("migrate").spanBuilder("migrate").startSpan();
    try {
      return args.length;
    } finally {
      span.end();
    }
  }

  public static class Migrate {
    public static void main(String[] args) {
      int status;
      try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter())).build())
          .build()) {
        status = run(sdk, args) == 0 ? 64 : 0;
      }
      System.exit(status);
    }
  }

  public static class AutoConfigured {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.initialize().getOpenTelemetrySdk();
      if (run(sdk, args) == 0) {
        System.err.println("usage: reindex <collection>...");
        System.exit(64);
      }
    }
  }
}
