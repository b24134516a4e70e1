package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Stream Lambda handlers that echo a transformed payload: the provider is flushed in a finally around the streams in
 * one, and only after the write in the other, which leaves without the flush when reading or writing fails. That
 * second one is a real leak the rule does not see: the provider is a static field of the enclosing class, and only
 * the handler class's own fields are judged ("Known limits"), so it carries no marker.
 */
public class RealisticModernStreamLambdaHandler {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the layer");
  }

  static final SdkTracerProvider PROVIDER =
      SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();

  public static class Upper implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
      Span span = PROVIDER.get("upper").spanBuilder("upper").startSpan();
      try (input; output) {
        String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        output.write(text.toUpperCase().getBytes(StandardCharsets.UTF_8));
      } finally {
        span.end();
        PROVIDER.forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  public static class Lower implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
      Span span = PROVIDER.get("lower").spanBuilder("lower").startSpan();
      try {
        String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        output.write(text.toLowerCase().getBytes(StandardCharsets.UTF_8));
      } finally {
        span.end();
      }
      PROVIDER.forceFlush().join(5, TimeUnit.SECONDS);
    }
  }
}
