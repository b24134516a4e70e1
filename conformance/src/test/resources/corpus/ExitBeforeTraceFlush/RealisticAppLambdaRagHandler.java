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

/** A RAG question answered in AWS Lambda: the SDK lives across invocations; every invocation flushes and waits. */
public class RealisticAppLambdaRagHandler implements RequestHandler<Map<String, String>, Map<String, Object>> {
  private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
          .build())
      .build();
  private static final Tracer TRACER = SDK.getTracer("rag-lambda");

  @Override
  public Map<String, Object> handleRequest(Map<String, String> event, Context context) {
    String question = event.getOrDefault("question", "");
    if (question.isBlank()) {
      SDK.getSdkTracerProvider().forceFlush().join(2, TimeUnit.SECONDS);
      return Map.of("statusCode", 400);
    }
    Span span = TRACER.spanBuilder("rag.lambda").setAttribute("faas.invocation_id", context.getAwsRequestId()).startSpan();
    try {
      return Map.of("statusCode", 200, "answer", "echo: " + question);
    } finally {
      span.end();
      SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    }
  }

  /** The streaming variant of the same function: the whole body in the try whose finally flushes. */
  public static final class Streaming implements com.amazonaws.services.lambda.runtime.RequestStreamHandler {
    @Override
    public void handleRequest(java.io.InputStream input, java.io.OutputStream output, Context context)
        throws java.io.IOException {
      Span span = TRACER.spanBuilder("rag.lambda.stream").startSpan();
      try {
        byte[] question = input.readAllBytes();
        span.setAttribute("rag.question.bytes", question.length);
        output.write(question);
      } finally {
        span.end();
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }
}
