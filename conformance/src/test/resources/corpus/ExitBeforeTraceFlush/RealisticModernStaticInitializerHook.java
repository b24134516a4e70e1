package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;

/**
 * A queue drainer whose SDK is a static field: one registers the shutdown hook in a static initializer (it runs
 * before main), one in main before the work; the third registers none and exits.
 */
public class RealisticModernStaticInitializerHook {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  static int drain(Tracer tracer, List<String> queue) {
    queue.forEach(item -> tracer.spanBuilder("item").setAttribute("id", item).startSpan().end());
    return queue.size();
  }

  public static class HookInStaticInit {
    private static final OpenTelemetrySdk SDK =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
            .build();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(SDK::close, "otel-close"));
    }

    public static void main(String[] args) {
      int drained = drain(SDK.getTracer("drainer"), List.of(args));
      System.exit(drained == 0 ? 1 : 0);
    }
  }

  public static class HookInMain {
    private static final OpenTelemetrySdk SDK =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
            .build();

    public static void main(String[] args) {
      Runtime.getRuntime().addShutdownHook(new Thread(SDK::close));
      int drained = drain(SDK.getTracer("drainer"), List.of(args));
      System.exit(drained == 0 ? 1 : 0);
    }
  }

  public static class NoHook {
    private static final OpenTelemetrySdk SDK =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
            .build();

    public static void main(String[] args) {
      int drained = drain(SDK.getTracer("drainer"), List.of(args));
      System.exit(drained == 0 ? 1 : 0); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'SDK'
    }
  }
}
