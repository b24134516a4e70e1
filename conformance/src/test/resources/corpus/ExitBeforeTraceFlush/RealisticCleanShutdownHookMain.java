package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;

/** A long-running worker and a CLI that register a shutdown hook which closes the SDK and waits. */
public class RealisticCleanShutdownHookMain {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("configured by the deployment");
  }

  static boolean process(Tracer tracer, String[] args) {
    tracer.spanBuilder("process").startSpan().end();
    return args.length > 0;
  }

  public static class Worker {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder()
              .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
              .build())
          .build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close, "otel-shutdown"));
      if (!process(sdk.getTracer("worker"), args)) {
        System.exit(64);
      }
    }
  }

  public static class Cli {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> provider.shutdown().join(10, TimeUnit.SECONDS)));
      boolean ok = process(provider.get("cli"), args);
      System.exit(ok ? 0 : 1);
    }
  }
}
