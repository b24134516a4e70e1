package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

/** Jobs configured from OTEL_* environment variables. */
public class RealisticAutoConfiguredJob {
  static int process(Tracer tracer, String[] args) {
    tracer.spanBuilder("process").startSpan().end();
    return 0;
  }

  public static class Defaults {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.initialize().getOpenTelemetrySdk();
      System.exit(process(sdk.getTracer("job"), args));
    }
  }

  public static class ManagedByContainer {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
          .disableShutdownHook()
          .build()
          .getOpenTelemetrySdk();
      int status = process(sdk.getTracer("job"), args);
      System.exit(status); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class ManagedByContainerClosed {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
          .disableShutdownHook()
          .build()
          .getOpenTelemetrySdk();
      int status;
      try {
        status = process(sdk.getTracer("job"), args);
      } finally {
        sdk.close();
      }
      System.exit(status);
    }
  }
}
