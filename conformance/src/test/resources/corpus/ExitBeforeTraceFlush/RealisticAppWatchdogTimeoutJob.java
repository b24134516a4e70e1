package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A fine-tuning data preparation job with a watchdog: if the job hangs, the watchdog thread exits the JVM; the
 * shutdown hook registered first closes the SDK on that path, and finally closes it on the normal one.
 */
public class RealisticAppWatchdogTimeoutJob {
  static void prepare(Tracer tracer, int shards) {
    for (int shard = 0; shard < shards; shard++) {
      Span span = tracer.spanBuilder("prepare.shard").setAttribute("shard", shard).startSpan();
      try {
        Thread.onSpinWait();
      } finally {
        span.end();
      }
    }
  }

  public static void main(String[] args) {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    watchdog.schedule(() -> {
      System.err.println("job timed out");
      System.exit(75);
    }, 2, TimeUnit.HOURS);
    try {
      prepare(sdk.getTracer("prepare"), args.length > 0 ? Integer.parseInt(args[0]) : 16);
    } finally {
      watchdog.shutdownNow();
      sdk.close();
    }
  }
}
