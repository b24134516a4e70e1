package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Calls on the tracing APIs between the pipeline and the try that completes it cannot fail (UnclosedTrace's model):
 * the job's root span is usually started just before that try.
 */
class TracingApiBeforeTheTry {
  static int work(String[] args) {
    return args.length;
  }

  static class AcceptsRootSpanStartedBeforeTheTry {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Tracer tracer = sdk.getTracer("job");
      Span span = tracer.spanBuilder("job.run").setAttribute("args", args.length).startSpan();
      try {
        work(args);
      } finally {
        span.end();
        sdk.close();
      }
    }
  }

  static class AcceptsHandlerSpanStartedBeforeTheTry implements RequestHandler<Map<String, String>, String> {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
      Span span = SDK.getTracer("handler").spanBuilder("handle").startSpan();
      try {
        return String.valueOf(work(new String[] {event.get("id")}));
      } finally {
        span.end();
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  static class FlagsTracingCallThatRunsWorkBeforeTheTry {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      ObservationRegistry registry = ObservationRegistry.create();
      Observation.createNotStarted("warmup", registry).observe(() -> {
        work(args);
      });
      try {
        work(args);
      } finally {
        sdk.close();
      }
    }
  }
}
