package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;

/**
 * A shutdown hook given as a method reference to a same-class helper ({@code new Thread(Worker::stopTelemetry)})
 * completes the pipeline when the helper does, on every path, as the lambda {@code () -> stopTelemetry()} would. A
 * helper that only requests a flush, or closes on one branch, completes nothing.
 */
class ShutdownHookMethodReferences {
  static void process(Tracer tracer, String item) {
    Span span = tracer.spanBuilder("process").setAttribute("item", item).startSpan();
    span.end();
  }

  static class AcceptsHookReferencingAClosingHelper {
    private static OpenTelemetrySdk telemetry;

    public static void main(String[] args) {
      telemetry = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(AcceptsHookReferencingAClosingHelper::stopTelemetry));
      for (String item : args) {
        process(telemetry.getTracer("queue"), item);
      }
      System.exit(args.length == 0 ? 3 : 0);
    }

    private static void stopTelemetry() {
      telemetry.close();
    }
  }

  static class AcceptsNamedHookThreadWithAWaitingHelper {
    private static SdkTracerProvider tracing;

    public static void main(String[] args) {
      tracing = SdkTracerProvider.builder().build();
      Thread drain = new Thread(AcceptsNamedHookThreadWithAWaitingHelper::drainSpans, "telemetry-drain");
      Runtime.getRuntime().addShutdownHook(drain);
      process(tracing.get("queue"), "first");
      System.exit(0);
    }

    private static void drainSpans() {
      tracing.shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  static class AcceptsHookHelperDelegatingToAnother {
    private static OpenTelemetrySdk telemetry;

    public static void main(String[] args) {
      telemetry = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(AcceptsHookHelperDelegatingToAnother::onShutdown));
      process(telemetry.getTracer("queue"), "only");
    }

    private static void onShutdown() {
      System.err.println("stopping");
      closeTelemetry();
    }

    private static void closeTelemetry() {
      telemetry.close();
    }
  }

  static class FlagsHookHelperThatDoesNotWait {
    private static SdkTracerProvider tracing;

    public static void main(String[] args) {
      tracing = SdkTracerProvider.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(FlagsHookHelperThatDoesNotWait::requestFlush));
      process(tracing.get("queue"), "only");
      System.exit(1); // tracelint-expect: ExitBeforeTraceFlush
    }

    private static void requestFlush() {
      tracing.forceFlush();
    }
  }

  static class FlagsHookHelperClosingOnOneBranch {
    private static OpenTelemetrySdk telemetry;
    private static boolean verbose;

    public static void main(String[] args) {
      telemetry = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(FlagsHookHelperClosingOnOneBranch::maybeClose));
      process(telemetry.getTracer("queue"), "only");
      System.exit(2); // tracelint-expect: ExitBeforeTraceFlush
    }

    private static void maybeClose() {
      if (verbose) {
        telemetry.close();
      }
    }
  }
}
