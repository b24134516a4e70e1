package corpus.exitbeforetraceflush;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line tools that let the environment own telemetry: autoconfiguration registers its own shutdown hook, the
 * Java agent installs the global instance, and an exit code computed by a switch expression ends the process.
 */
public class RealisticModernAutoConfiguredTools {
  record Report(int ok, int failed) {
    int exitCode() {
      return switch (Integer.signum(failed)) {
        case 0 -> 0;
        default -> ok == 0 ? 2 : 1;
      };
    }
  }

  static Report check(OpenTelemetry otel, List<Path> files) {
    Span span = otel.getTracer("check").spanBuilder("check").setAttribute("files", (long) files.size()).startSpan();
    try {
      int failed = (int) files.stream().filter(f -> !f.toFile().canRead()).count();
      return new Report(files.size() - failed, failed);
    } finally {
      span.end();
    }
  }

  public static class Checker {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.initialize().getOpenTelemetrySdk();
      var files = java.util.Arrays.stream(args).map(Path::of).toList();
      System.exit(check(sdk, files).exitCode());
    }
  }

  public static class AgentChecker {
    public static void main(String[] args) {
      var files = java.util.Arrays.stream(args).map(Path::of).toList();
      Report report = check(GlobalOpenTelemetry.get(), files);
      if (report.failed() > 0) {
        System.err.printf("%d of %d files unreadable%n", report.failed(), report.ok() + report.failed());
      }
      System.exit(report.exitCode());
    }
  }
}
