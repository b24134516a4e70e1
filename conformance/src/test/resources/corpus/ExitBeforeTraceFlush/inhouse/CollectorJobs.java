package corpus.exitbeforetraceflush.inhouse;

import corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry;
import java.util.List;

/**
 * Jobs that build the in-house pipeline with its nested builder (Pipelines:
 * {@code JobTelemetry.Builder#build:shutdown}).
 */
public class CollectorJobs {
  static void export(JobTelemetry telemetry, List<String> runs) {
    for (String run : runs) {
      telemetry.step("export " + run);
    }
  }

  /**
   * Returns from main without shutting the built pipeline down. Without types the chain's terminal build() is not
   * known to build a JobTelemetry (the option names no chain start), hence the marker for engines with types.
   */
  public static class NeverShutDown {
    public static void main(String[] args) { // tracelint-expect-with-types: ExitBeforeTraceFlush -- 'telemetry'
      JobTelemetry telemetry = JobTelemetry.builder().collector("http://collector:4318").build();
      export(telemetry, List.of(args));
    }
  }

  /** Shut down on the normal path only: a failing export skips it. The builder is held in a local of its type. */
  public static class ShutDownOnTheNormalPathOnly {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- 'telemetry'
      JobTelemetry.Builder builder = JobTelemetry.builder().collector("http://collector:4318");
      JobTelemetry telemetry = builder.build();
      export(telemetry, List.of(args));
      telemetry.shutdown();
    }
  }

  /** Accepted: shut down in a finally block. */
  public static class ShutDownInFinally {
    public static void main(String[] args) {
      JobTelemetry telemetry = JobTelemetry.builder().collector("http://collector:4318").build();
      try {
        export(telemetry, List.of(args));
      } finally {
        telemetry.shutdown();
      }
    }
  }

  /** Accepted: shut down in a finally block before the exit status is set. */
  public static class ShutDownBeforeTheExit {
    public static void main(String[] args) {
      JobTelemetry telemetry = JobTelemetry.builder().build();
      try {
        export(telemetry, List.of(args));
      } finally {
        telemetry.shutdown();
      }
      System.exit(0);
    }
  }
}
