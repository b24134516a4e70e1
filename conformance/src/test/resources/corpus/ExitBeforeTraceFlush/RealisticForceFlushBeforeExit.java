package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;

/** Evaluation runners that flush before exiting, one without waiting. */
public class RealisticForceFlushBeforeExit {
  static SdkTracerProvider provider() {
    return SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
        .build();
  }

  static int evaluate(SdkTracerProvider provider, String suite) {
    provider.get("evals").spanBuilder(suite).startSpan().end();
    return suite.isEmpty() ? 1 : 0;
  }

  public static class WaitingRunner {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = provider();
      int failures;
      try {
        failures = evaluate(tracerProvider, args[0]);
      } finally {
        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
      }
      System.exit(failures == 0 ? 0 : 1);
    }
  }

  public static class HastyRunner {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = provider();
      int failures = evaluate(tracerProvider, args[0]);
      tracerProvider.forceFlush();
      System.exit(failures == 0 ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class ClosingRunner {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = provider();
      int failures = 1;
      try {
        failures = evaluate(tracerProvider, args[0]);
      } finally {
        tracerProvider.close();
      }
      System.exit(failures == 0 ? 0 : 1);
    }
  }
}
