package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;

/** Evaluation CLIs that try to push their spans out before exiting with the suite's status. */
public class RealisticIssue10AsyncFlushBeforeExit {
  interface Suite {
    boolean run();
  }

  public static class FireAndForget {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      boolean passed = suite(args).run();
      provider.forceFlush();
      System.exit(passed ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class WaitsForTheFlush {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      boolean passed;
      try {
        passed = suite(args).run();
      } finally {
        CompletableResultCode flushed = provider.forceFlush();
        flushed.join(10, TimeUnit.SECONDS);
      }
      System.exit(passed ? 0 : 1);
    }
  }

  public static class ClosesThroughAHelper {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      boolean passed = false;
      try {
        passed = suite(args).run();
      } finally {
        closeTelemetry(provider);
      }
      System.exit(passed ? 0 : 1);
    }

    private static void closeTelemetry(SdkTracerProvider provider) {
      provider.shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  static Suite suite(String[] args) {
    return () -> args.length > 0;
  }
}
