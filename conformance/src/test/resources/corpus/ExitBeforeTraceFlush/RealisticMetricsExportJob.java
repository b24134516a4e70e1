package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;

/** A usage-report job emitting both traces and metrics. */
public class RealisticMetricsExportJob {
  static void report(SdkTracerProvider tracerProvider, SdkMeterProvider meterProvider) {
    tracerProvider.get("usage").spanBuilder("report").startSpan().end();
    meterProvider.get("usage").counterBuilder("reports").build().add(1);
  }

  public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
        .build();
    SdkMeterProvider meterProvider = SdkMeterProvider.builder().build();
    try {
      report(tracerProvider, meterProvider);
    } finally {
      tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
    }
  }
}
