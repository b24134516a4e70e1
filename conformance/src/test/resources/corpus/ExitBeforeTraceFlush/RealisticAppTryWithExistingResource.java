package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** A backfill job closing its SDK with Java 9's try-with-resources on a variable declared before the try. */
public class RealisticAppTryWithExistingResource {
  static void backfill(Tracer tracer, String[] days) {
    for (String day : days) {
      Span span = tracer.spanBuilder("backfill.day").setAttribute("day", day).startSpan();
      try {
        span.addEvent("loaded");
      } finally {
        span.end();
      }
    }
  }

  public static void main(String[] args) {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
    try (sdk) {
      backfill(sdk.getTracer("backfill"), args);
    }
  }

  /** The provider alone, closed the same way, after an argument check that runs before anything is traced. */
  static final class ProviderOnly {
    public static void main(String[] args) {
      if (args.length == 0) {
        System.err.println("usage: backfill <day>...");
        return;
      }
      SdkTracerProvider provider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
          .build();
      try (provider) {
        backfill(provider.get("backfill"), args);
      }
    }
  }
}
