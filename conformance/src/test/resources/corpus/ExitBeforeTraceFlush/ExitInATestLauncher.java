package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.junit.jupiter.api.Test;

/**
 * Test code (a JUnit 5 test class): a launcher the test forks and that exits without closing its SDK loses only the
 * test's spans. Silent by default, reported with {@code IncludeTestCode=true}.
 */
class ExitInATestLauncher {

  public static class ForkedLauncher {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      sdk.getTracer("forked").spanBuilder("run").startSpan().end();
      System.exit(3); // tracelint-expect-in-test-code: ExitBeforeTraceFlush
    }
  }

  @Test
  void acceptsExitOfAForkedLauncherInATest() {}
}
