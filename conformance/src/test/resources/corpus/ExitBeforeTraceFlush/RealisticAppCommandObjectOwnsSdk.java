package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A dataset-labelling CLI written as a command object: the command owns its providers and shuts both down, waiting
 * for both, before it returns its exit code; main only maps the code to System.exit.
 */
public class RealisticAppCommandObjectOwnsSdk {
  private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
      .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
      .build();
  private final SdkMeterProvider meterProvider = SdkMeterProvider.builder().build();

  int call(List<String> files) {
    Tracer tracer = tracerProvider.get("labeller");
    try {
      int labelled = 0;
      for (String file : files) {
        Span span = tracer.spanBuilder("label").setAttribute("file", file).startSpan();
        try {
          labelled += file.isEmpty() ? 0 : 1;
        } finally {
          span.end();
        }
      }
      return labelled == files.size() ? 0 : 1;
    } finally {
      CompletableResultCode.ofAll(List.of(tracerProvider.shutdown(), meterProvider.shutdown()))
          .join(10, TimeUnit.SECONDS);
    }
  }

  public static void main(String[] args) {
    int code = new RealisticAppCommandObjectOwnsSdk().call(List.of(args));
    System.exit(code);
  }

  /** The same providers as locals of main, shut down together before the exit. */
  static final class Flat {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
          .build();
      SdkMeterProvider meterProvider = SdkMeterProvider.builder().build();
      int code;
      try {
        code = new RealisticAppCommandObjectOwnsSdk().call(List.of(args));
        tracerProvider.get("flat").spanBuilder("done").startSpan().end();
      } finally {
        CompletableResultCode.ofAll(List.of(tracerProvider.shutdown(), meterProvider.shutdown()))
            .join(10, TimeUnit.SECONDS);
      }
      System.exit(code);
    }
  }
}
