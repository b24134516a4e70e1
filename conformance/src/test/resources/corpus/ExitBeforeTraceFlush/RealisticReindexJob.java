package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A nightly reindex job: exits with a status code a scheduler reads. */
public class RealisticReindexJob {
  private static final Logger log = LoggerFactory.getLogger(RealisticReindexJob.class);

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static List<String> loadIndexes(String[] args) {
    return List.of(args);
  }

  static void reindex(Tracer tracer, String index) throws Exception {
    Span span = tracer.spanBuilder("reindex").setAttribute("index", index).startSpan();
    try {
      log.info("reindexing {}", index);
    } finally {
      span.end();
    }
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: reindex <index>...");
      System.exit(2);
    }
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
            .build())
        .build();
    Tracer tracer = sdk.getTracer("reindex");
    try {
      for (String index : loadIndexes(args)) {
        reindex(tracer, index);
      }
    } catch (Exception e) {
      log.error("reindex failed", e);
      System.exit(1); // tracelint-expect: ExitBeforeTraceFlush
    }
    sdk.close();
    System.exit(0);
  }
}
