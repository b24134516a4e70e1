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
}
