package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;

/**
 * Command-line graders whose exit status is computed by a helper written as the exit call's argument: the argument
 * runs before the exit, so a helper that closes the pipeline on every path has flushed it by then.
 */
public class ExitStatusFromClosingHelpers {
  static OpenTelemetrySdk telemetry() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
  }

  static SdkTracerProvider tracing() {
    return SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
        .build();
  }

  /** The helper closes the SDK in a finally, then gives back the number of failed rubrics. */
  public static class GradeAndClose {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = telemetry();
      System.exit(gradeThenClose(sdk, args));
    }

    private static int gradeThenClose(OpenTelemetrySdk sdk, String[] rubrics) {
      try {
        int failed = 0;
        for (String rubric : rubrics) {
          sdk.getTracer("grader").spanBuilder("rubric " + rubric).startSpan().end();
          failed += rubric.isBlank() ? 1 : 0;
        }
        return failed;
      } finally {
        sdk.close();
      }
    }
  }

  /** The status comes from a flush that is waited on, nested in another call. */
  public static class FlushInsideTheStatus {
    public static void main(String[] args) {
      SdkTracerProvider provider = tracing();
      provider.get("labels").spanBuilder("label").startSpan().end();
      Runtime.getRuntime().exit(Math.min(flushed(provider), 3));
    }

    private static int flushed(SdkTracerProvider provider) {
      return provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess() ? 0 : 2;
    }
  }

  /** halt runs no hook, but the argument has closed the provider before it. */
  public static class HaltAfterClosingArgument {
    public static void main(String[] args) {
      SdkTracerProvider provider = tracing();
      provider.get("watchdog").spanBuilder("stalled").startSpan().end();
      Runtime.getRuntime().halt(closeWithStatus(provider, 9));
    }

    private static int closeWithStatus(SdkTracerProvider provider, int status) {
      provider.close();
      return status;
    }
  }

  /** The helper only records; nothing closes the SDK before the exit. */
  public static class GradeWithoutClosing {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = telemetry();
      System.exit(gradeOnly(sdk, args)); // tracelint-expect: ExitBeforeTraceFlush
    }

    private static int gradeOnly(OpenTelemetrySdk sdk, String[] rubrics) {
      sdk.getTracer("grader").spanBuilder("grade").startSpan().end();
      return rubrics.length;
    }
  }

  /** The close runs on one branch of the conditional only. */
  public static class ClosesOnOneBranch {
    public static void main(String[] args) {
      SdkTracerProvider provider = tracing();
      provider.get("labels").spanBuilder("label").startSpan().end();
      System.exit(args.length > 0 ? closeWithStatus(provider, 0) : 64); // tracelint-expect: ExitBeforeTraceFlush
    }

    private static int closeWithStatus(SdkTracerProvider provider, int status) {
      provider.close();
      return status;
    }
  }

  /** shutdown() requested in the argument, but nothing waits for it. */
  public static class ShutdownNotWaitedInTheArgument {
    public static void main(String[] args) {
      SdkTracerProvider provider = tracing();
      provider.get("labels").spanBuilder("label").startSpan().end();
      System.exit(provider.shutdown().isSuccess() ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush
    }
  }
}
