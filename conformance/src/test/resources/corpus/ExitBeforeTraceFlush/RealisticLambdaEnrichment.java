package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Lambda functions enriching events with a model call. */
public class RealisticLambdaEnrichment {
  interface Enricher {
    String enrich(String text);
  }

  static OpenTelemetrySdk sdk() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
  }

  public static class EnrichHandler implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = sdk();
    private final Enricher enricher = text -> text.trim();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
      Span span = SDK.getTracer("enrich").spanBuilder("enrich").startSpan();
      try {
        return enricher.enrich(event.get("text"));
      } finally {
        span.end();
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  public static class TagHandler implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = sdk();
    private final Enricher enricher = text -> text.toLowerCase();

    @Override
    public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush
      Span span = SDK.getTracer("tag").spanBuilder("tag").startSpan();
      try {
        String tags = enricher.enrich(event.get("text"));
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
        return tags;
      } finally {
        span.end();
      }
    }
  }
}
