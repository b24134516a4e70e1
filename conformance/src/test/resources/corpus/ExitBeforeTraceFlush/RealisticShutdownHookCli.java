package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** Two CLIs that rely on a shutdown hook to flush their traces. */
public class RealisticShutdownHookCli {
  static int runCommand(OpenTelemetrySdk sdk, String[] args) {
    sdk.getTracer("cli").spanBuilder("command").startSpan().end();
    return args.length;
  }

  static SdkTracerProvider provider() {
    return SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
        .build();
  }

  public static class ImportCommand {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(provider()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      System.exit(runCommand(sdk, args));
    }
  }

  public static class ExportCommand {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(provider()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::shutdown));
      System.exit(runCommand(sdk, args)); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class PruneCommand {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(provider()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        sdk.getSdkTracerProvider().forceFlush();
        sdk.close();
      }));
      int code = runCommand(sdk, args);
      System.exit(code);
    }
  }
}
