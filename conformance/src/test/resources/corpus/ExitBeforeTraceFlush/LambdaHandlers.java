package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * AWS Lambda handlers: the environment is frozen as soon as handleRequest returns, and no shutdown hook runs, so a
 * pipeline the handler class owns must be flushed (and waited on) before every return.
 */
public class LambdaHandlers {

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static String process(Tracer tracer, Map<String, String> event) {
    Span span = tracer.spanBuilder("process").startSpan();
    try {
      return event.getOrDefault("id", "none");
    } finally {
      span.end();
    }
  }

  /** The SDK the handler owns is never flushed: the spans of this invocation wait for a thaw that may never come. */
  public static class NeverFlushed implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
            .build())
        .build();
    private static final Tracer TRACER = SDK.getTracer("orders");

    @Override
    public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'SDK' is not flushed before handleRequest returns: call SDK.getSdkTracerProvider().forceFlush().join(..) in a finally block
      return process(TRACER, event);
    }
  }

  /** Accepted: flushed and waited on in a finally. */
  public static class FlushedInFinally implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();
    private static final Tracer TRACER = SDK.getTracer("orders");

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
      try {
        return process(TRACER, event);
      } finally {
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  /** forceFlush() without a wait only asks the exporter thread, which is frozen with the rest. */
  public static class FlushNotWaited implements RequestHandler<Map<String, String>, String> {
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();

    @Override
    public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- tracer provider 'tracerProvider'
      try {
        return process(tracerProvider.get("orders"), event);
      } finally {
        tracerProvider.forceFlush();
      }
    }
  }

  /** Accepted: a stream handler whose provider is built in the constructor and flushed before each return. */
  public static class StreamHandlerFlushed implements RequestStreamHandler {
    private final SdkTracerProvider tracerProvider;

    public StreamHandlerFlushed() {
      tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
      try {
        output.write(input.readAllBytes());
      } finally {
        tracerProvider.forceFlush().join(2, TimeUnit.SECONDS);
      }
    }
  }

  /** Flushed after the work, not in a finally: a failing invocation loses its spans, the failure's among them. */
  public static class FlushedOnNormalPathOnly implements RequestStreamHandler {
    private final SdkTracerProvider tracerProvider;

    public FlushedOnNormalPathOnly() {
      tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException { // tracelint-expect: ExitBeforeTraceFlush
      output.write(input.readAllBytes());
      tracerProvider.forceFlush().join(2, TimeUnit.SECONDS);
    }
  }

  /** A shutdown hook never runs in a frozen Lambda environment: it does not count. */
  public static class HookDoesNotCount implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(SDK::close));
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush
      return process(SDK.getTracer("orders"), event);
    }
  }

  /** Accepted: the function uses the OpenTelemetry Lambda layer's global instance, which the layer flushes. */
  public static class LayerManaged implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> event, Context context) {
      return process(GlobalOpenTelemetry.getTracer("orders"), event);
    }
  }

  /** Accepted: not a Lambda handler, only a method with the same name. */
  public static class NotAHandler {
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();

    public String handleRequest(Map<String, String> event, Context context) {
      return process(tracerProvider.get("orders"), event);
    }

    public void close() {
      tracerProvider.close();
    }
  }
}
