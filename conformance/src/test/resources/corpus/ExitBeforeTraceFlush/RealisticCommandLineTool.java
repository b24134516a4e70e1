package corpus.exitbeforetraceflush;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Command-line tools with their telemetry in static fields, as small CLIs keep it. */
public class RealisticCommandLineTool {
  private static final Logger log = LoggerFactory.getLogger(RealisticCommandLineTool.class);

  public static class SyncTool {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();

    static int sync(String[] args) {
      SDK.getTracer("sync").spanBuilder("sync").startSpan().end();
      return args.length == 0 ? 1 : 0;
    }

    public static void main(String[] args) {
      int code = sync(args);
      log.info("sync finished with {}", code);
      System.exit(code); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class HookedSyncTool {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(SDK::close));
    }

    public static void main(String[] args) {
      SDK.getTracer("sync").spanBuilder("sync").startSpan().end();
      System.exit(args.length == 0 ? 1 : 0);
    }
  }

  public static class GlobalTool {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      GlobalOpenTelemetry.set(sdk);
      try {
        GlobalOpenTelemetry.getTracer("global").spanBuilder("run").startSpan().end();
      } finally {
        sdk.close();
      }
      Runtime.getRuntime().exit(0);
    }
  }

  public static class FireAndForgetTool {
    public static void main(String[] args) {
      OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder()
              .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
              .build())
          .buildAndRegisterGlobal();
      GlobalOpenTelemetry.getTracer("fire").spanBuilder("run").startSpan().end();
      Runtime.getRuntime().exit(0); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class CatchingTool {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        sdk.getTracer("catching").spanBuilder("run").startSpan().end();
        if (args.length == 0) {
          throw new IllegalArgumentException("no input");
        }
      } catch (Exception e) {
        log.error("failed", e);
        sdk.close();
        System.exit(1);
      }
      sdk.close();
    }
  }
}
