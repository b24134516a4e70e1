package corpus.exitbeforetraceflush.inhouse;

import corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry;
import java.util.List;

/**
 * Nightly batch jobs traced through the in-house pipeline; each main's exit is judged only through the Pipelines
 * option.
 */
public class NightlyJobs {
  static int reindex(JobTelemetry telemetry, List<String> shards) {
    int failed = 0;
    for (String shard : shards) {
      telemetry.step("reindex " + shard);
      if (shard.isEmpty()) {
        failed++;
      }
    }
    return failed;
  }

  /** Exits with the failure count while the pipeline still holds the last steps. */
  public static class ExitsBeforeTheFlush {
    public static void main(String[] args) {
      JobTelemetry telemetry = JobTelemetry.start("reindex");
      int failed = reindex(telemetry, List.of(args));
      System.exit(failed == 0 ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush -- 'telemetry'
    }
  }

  /** Accepted: the pipeline is flushed and waited for, also when reindex throws, before the exit. */
  public static class FlushesAndWaitsBeforeTheExit {
    public static void main(String[] args) {
      JobTelemetry telemetry = JobTelemetry.start("reindex");
      int failed;
      try {
        failed = reindex(telemetry, List.of(args));
      } finally {
        telemetry.flushAndWait();
      }
      System.exit(failed == 0 ? 0 : 1);
    }
  }

  /**
   * The future-returning flush is not waited on: the JVM exits while it runs. Without types its return type is
   * unknown and it counts as a completion (a documented limit), hence the marker for engines with types.
   */
  public static class FlushesWithoutWaiting {
    public static void main(String[] args) {
      JobTelemetry telemetry = JobTelemetry.start("reindex");
      int failed;
      try {
        failed = reindex(telemetry, List.of(args));
      } finally {
        telemetry.flush();
      }
      System.exit(failed); // tracelint-expect-with-types: ExitBeforeTraceFlush
    }
  }

  /** Accepted: the same flush, joined. */
  public static class JoinsTheFlush {
    public static void main(String[] args) {
      JobTelemetry telemetry = JobTelemetry.start("reindex");
      int failed;
      try {
        failed = reindex(telemetry, List.of(args));
      } finally {
        telemetry.flush().join();
      }
      System.exit(failed);
    }
  }

  /** Accepted: try-with-resources closes the pipeline on every path out of main. */
  public static class TryWithResources {
    public static void main(String[] args) {
      try (JobTelemetry telemetry = JobTelemetry.start("reindex")) {
        reindex(telemetry, List.of(args));
      }
    }
  }

  /** Accepted: attach joins the host's pipeline, which this main does not own. */
  public static class AttachedToTheHostPipeline {
    public static void main(String[] args) {
      JobTelemetry telemetry = JobTelemetry.attach("reindex");
      System.exit(reindex(telemetry, List.of(args)));
    }
  }
}
