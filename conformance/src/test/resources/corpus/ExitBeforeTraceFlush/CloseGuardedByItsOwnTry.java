package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A close wrapped in a try of its own, whose catch only logs or ignores a failure of the close ({@code try {
 * sdk.close(); } catch (RuntimeException e) { log.warn(..); }}), closes the pipeline: nothing in that try can throw
 * before the close, so the catch is reached only when the close itself fails. So does a same-class helper built that
 * way. A try that runs other work before the close, or that closes on one branch only, does not.
 */
class CloseGuardedByItsOwnTry {
  private static final Logger log = LoggerFactory.getLogger(CloseGuardedByItsOwnTry.class);

  static int reconcile(Tracer tracer, String[] args) {
    Span span = tracer.spanBuilder("reconcile").startSpan();
    try {
      return args.length == 0 ? 0 : 1;
    } finally {
      span.end();
    }
  }

  static class AcceptsGuardedCloseBeforeExit {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      int status;
      try {
        status = reconcile(telemetry.getTracer("ledger"), args);
      } catch (RuntimeException e) {
        status = 2;
      }
      try {
        telemetry.close();
      } catch (RuntimeException closeFailure) {
        log.warn("could not close telemetry", closeFailure);
      }
      System.exit(status);
    }
  }

  static class AcceptsGuardedCloseAtTheEndOfMain {
    public static void main(String[] args) {
      SdkTracerProvider tracing = SdkTracerProvider.builder().build();
      Span run = tracing.get("ledger").spanBuilder("nightly").startSpan();
      run.setAttribute("accounts", args.length);
      run.end();
      try {
        tracing.close();
      } catch (Exception ignored) {
        // best effort: the job is done either way
      }
    }
  }

  static class AcceptsOneGuardedTryClosingTwoPipelines {
    public static void main(String[] args) {
      SdkTracerProvider spans = SdkTracerProvider.builder().build();
      SdkMeterProvider meters = SdkMeterProvider.builder().build();
      int status = 0;
      try {
        meters.get("ledger").counterBuilder("runs").build().add(1);
        status = reconcile(spans.get("ledger"), args);
      } catch (Exception e) {
        log.error("reconcile failed", e);
        status = 2;
      }
      try {
        spans.close();
        meters.close();
      } catch (RuntimeException e) {
        System.err.println("telemetry shutdown failed: " + e);
      }
      Runtime.getRuntime().exit(status);
    }
  }

  static class AcceptsQuietCloserInFinally {
    public static void main(String[] args) {
      OpenTelemetrySdk otel = OpenTelemetrySdk.builder().build();
      int status = 1;
      try {
        status = reconcile(otel.getTracer("ledger"), args);
      } catch (RuntimeException e) {
        log.error("reconcile failed", e);
      } finally {
        shutDownQuietly(otel);
      }
      System.exit(status);
    }

    private static void shutDownQuietly(OpenTelemetrySdk sdk) {
      try {
        sdk.close();
      } catch (RuntimeException e) {
        log.warn("telemetry shutdown failed", e);
      }
    }
  }

  static class FlagsWorkBeforeTheCloseInTheSameTry {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      int status = 0;
      try {
        status = reconcile(telemetry.getTracer("ledger"), args);
        telemetry.close();
      } catch (RuntimeException e) {
        log.error("reconcile failed", e);
        status = 2;
      }
      System.exit(status); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  static class FlagsGuardedCloseOnOneBranchOnly {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      telemetry.getTracer("ledger").spanBuilder("nightly").startSpan().end();
      if (args.length > 1) {
        try {
          telemetry.close();
        } catch (RuntimeException e) {
          log.warn("could not close telemetry", e);
        }
      }
    }
  }
}
