package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Schema migration runners using try-with-resources for the SDK. */
public class RealisticMigrationRunner {
  private static final Logger log = LoggerFactory.getLogger(RealisticMigrationRunner.class);

  static OpenTelemetrySdk openTelemetry() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
  }

  static boolean migrate(Tracer tracer, String step) {
    tracer.spanBuilder("migrate").setAttribute("step", step).startSpan().end();
    return !step.isEmpty();
  }

  public static class Runner {
    public static void main(String[] args) {
      boolean ok = true;
      try (OpenTelemetrySdk sdk = openTelemetry()) {
        for (String step : List.of(args)) {
          ok &= migrate(sdk.getTracer("migrations"), step);
        }
      }
      System.exit(ok ? 0 : 3);
    }
  }

  public static class StrictRunner {
    public static void main(String[] args) {
      try (OpenTelemetrySdk sdk = openTelemetry()) {
        for (String step : List.of(args)) {
          if (!migrate(sdk.getTracer("migrations"), step)) {
            log.error("migration step {} failed, stopping", step);
            System.exit(3); // tracelint-expect: ExitBeforeTraceFlush
          }
        }
      }
    }
  }
}
