package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;

/** A backfill job whose SDK is closed by a same-class helper in finally; validation exits before the SDK exists. */
public class RealisticCleanHelperClosedMain {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("configured by the deployment");
  }

  static void backfill(Tracer tracer, String from, String to) {
    tracer.spanBuilder("backfill").setAttribute("from", from).setAttribute("to", to).startSpan().end();
  }

  private static void shutdownTelemetry(OpenTelemetrySdk sdk) {
    sdk.getSdkTracerProvider().shutdown().join(20, TimeUnit.SECONDS);
  }

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: backfill <from> <to>");
      System.exit(64);
    }
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(exporter()).setMaxExportBatchSize(256).build())
            .build())
        .build();
    try {
      backfill(sdk.getTracer("backfill"), args[0], args[1]);
    } finally {
      shutdownTelemetry(sdk);
    }
  }
}
