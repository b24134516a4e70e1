package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

/** Nightly agent jobs whose telemetry is built by a factory method of the job class. */
public final class RealisticIssue10HelperBuiltPipelines {
  private RealisticIssue10HelperBuiltPipelines() {}

  private static OpenTelemetrySdk telemetry() {
    return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
  }

  public static void main(String[] args) {
    OpenTelemetrySdk sdk = telemetry();
    Tracer tracer = sdk.getTracer("nightly");
    if (args.length == 0) {
      System.err.println("usage: nightly <dataset>");
      System.exit(2); // nothing recorded yet: nothing to lose
    }
    tracer.spanBuilder("nightly.run").startSpan().end();
    sdk.close();
  }

  public static final class Checked {
    public static void main(String[] args) {
      if (args.length == 0) {
        System.err.println("usage: nightly <dataset>");
        System.exit(2);
      }
      OpenTelemetrySdk sdk = telemetry();
      try {
        sdk.getTracer("nightly").spanBuilder("nightly.run").startSpan().end();
      } finally {
        sdk.close();
      }
    }
  }
}
