package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The same reindex job after review: the SDK is closed before every exit. */
public class RealisticReindexJobFixed {
  private static final Logger log = LoggerFactory.getLogger(RealisticReindexJobFixed.class);

  static void reindex(Tracer tracer, String index) throws Exception {
    tracer.spanBuilder("reindex").setAttribute("index", index).startSpan().end();
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: reindex <index>...");
      System.exit(2);
    }
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(RealisticReindexJob.exporter()).build())
            .build())
        .build();
    int status = 0;
    try {
      Tracer tracer = sdk.getTracer("reindex");
      for (String index : List.of(args)) {
        reindex(tracer, index);
      }
    } catch (Exception e) {
      log.error("reindex failed", e);
      status = 1;
    } finally {
      sdk.close();
    }
    System.exit(status);
  }
}
