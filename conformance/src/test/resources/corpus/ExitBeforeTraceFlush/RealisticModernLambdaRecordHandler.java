package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lambda handlers for a document classifier with records for the event: the SDK lives in a static field and is
 * flushed in a finally of each invocation; one handler flushes only when classification succeeds.
 */
public class RealisticModernLambdaRecordHandler {
  record ClassifyEvent(String documentId, String text) {
    static ClassifyEvent from(Map<String, String> raw) {
      return new ClassifyEvent(raw.getOrDefault("id", ""), raw.getOrDefault("text", ""));
    }
  }

  record Label(String name, double confidence) {}

  interface Model {
    Label predict(String text);
  }

  static Model model() {
    throw new UnsupportedOperationException("loaded from the model bundle");
  }

  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the layer");
  }

  static Label classify(Tracer tracer, ClassifyEvent event) {
    Span span = tracer.spanBuilder("classify").startSpan();
    try {
      return event.text().isBlank() ? new Label("empty", 1.0) : model().predict(event.text());
    } finally {
      span.end();
    }
  }

  public static class Classifier implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
            .build();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
      try {
        var event = ClassifyEvent.from(input);
        return classify(SDK.getTracer("classifier"), event).name();
      } finally {
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  public static class HopefulClassifier implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
            .build();

    @Override
    public String handleRequest(Map<String, String> input, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'SDK'
      Label label = classify(SDK.getTracer("classifier"), ClassifyEvent.from(input));
      SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      return label.name();
    }
  }
}
