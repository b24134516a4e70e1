package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;

/** Batch CLIs configured from OTEL_* environment variables through the autoconfigure module. */
public class RealisticAppAutoConfiguredCli {
  static int run(Tracer tracer, String[] args) {
    Span span = tracer.spanBuilder("cli.run").startSpan();
    try {
      return args.length == 0 ? 1 : 0;
    } finally {
      span.end();
    }
  }

  /** The default builder registers a shutdown hook that closes the SDK: System.exit runs it. */
  public static void main(String[] args) {
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> Map.of("otel.service.name", "eval-cli"))
        .setResultAsGlobal()
        .build()
        .getOpenTelemetrySdk();
    System.exit(run(sdk.getTracer("eval-cli"), args));
  }

  /** The hook was disabled to control the order of shutdown, and then nothing closes the SDK before the exit. */
  static final class WithoutHook {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
          .disableShutdownHook()
          .build()
          .getOpenTelemetrySdk();
      int status = run(sdk.getTracer("eval-cli"), args);
      System.exit(status); // tracelint-expect: ExitBeforeTraceFlush -- 'sdk'
    }
  }

  /** Hook disabled, and the SDK closed by hand before the exit. */
  static final class WithoutHookClosed {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
          .disableShutdownHook()
          .build()
          .getOpenTelemetrySdk();
      int status;
      try {
        status = run(sdk.getTracer("eval-cli"), args);
      } finally {
        sdk.close();
      }
      System.exit(status);
    }
  }
}
