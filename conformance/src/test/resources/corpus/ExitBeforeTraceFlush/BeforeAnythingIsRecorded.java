package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A failure (or an early return) before the pipeline has recorded anything exits with an empty export queue and loses
 * no telemetry: code that names neither the pipeline nor what it handed out (its tracer) cannot record into it. Once
 * the method has recorded, or when any code may record (a global pipeline), such a failure leaks again; and a
 * pipeline the method never records into is judged as before.
 */
class BeforeAnythingIsRecorded {
  static void traced(Tracer tracer, String text) {
    Span span = tracer.spanBuilder("work").startSpan();
    try {
      span.setAttribute("chars", text.length());
    } finally {
      span.end();
    }
  }

  static class AcceptsFailureBeforeTheFirstSpan {
    public static void main(String[] args) throws IOException {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Tracer tracer = sdk.getTracer("job");
      String text = Files.readString(Path.of(args[0]));
      try {
        traced(tracer, text);
      } finally {
        sdk.close();
      }
    }
  }

  static class FlagsFailureAfterTheFirstSpan {
    public static void main(String[] args) throws IOException { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Tracer tracer = sdk.getTracer("job");
      traced(tracer, "warm-up");
      String text = Files.readString(Path.of(args[0]));
      try {
        traced(tracer, text);
      } finally {
        sdk.close();
      }
    }
  }

  static class FlagsGlobalPipelineAnyCodeMayRecordInto {
    public static void main(String[] args) throws IOException { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().buildAndRegisterGlobal();
      String text = Files.readString(Path.of(args[0]));
      try {
        traced(sdk.getTracer("job"), text);
      } finally {
        sdk.close();
      }
    }
  }

  static class AcceptsEarlyReturnBeforeTheFirstSpan {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Tracer tracer = sdk.getTracer("job");
      if (args.length == 0) {
        return;
      }
      try {
        traced(tracer, args[0]);
      } finally {
        sdk.close();
      }
    }
  }

  static class AcceptsHandlerParsingItsEventFirst implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();
    private static final Tracer TRACER = SDK.getTracer("handler");

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
      String text = event.getOrDefault("text", "").strip();
      try {
        traced(TRACER, text);
        return text;
      } finally {
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  static class FlagsHandlerCallingItsOwnCodeFirst implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();
    private static final Tracer TRACER = SDK.getTracer("handler");

    private String validate(Map<String, String> event) {
      traced(TRACER, "validate");
      return event.get("text").strip();
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush
      String text = validate(event);
      try {
        traced(TRACER, text);
        return text;
      } finally {
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }
}
