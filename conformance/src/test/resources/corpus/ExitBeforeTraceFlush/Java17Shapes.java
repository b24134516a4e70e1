package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The rule on Java 17 syntax: var, records, switch expressions, text blocks, pattern matching, sealed types. */
public class Java17Shapes {

  sealed interface Outcome permits Done, Failed {}

  record Done(int rows) implements Outcome {}

  record Failed(String reason) implements Outcome {}

  static Outcome load(Tracer tracer, List<String> files) {
    return files.isEmpty() ? new Failed("no input") : new Done(files.size());
  }

  /** var, a switch expression for the exit code, and no close before the exit. */
  public static class SwitchExpressionExitCode {
    public static void main(String[] args) {
      var sdk = OpenTelemetrySdk.builder().build();
      Outcome outcome = load(sdk.getTracer("loader"), List.of(args));
      int code = switch (outcome.getClass().getSimpleName()) {
        case "Done" -> 0;
        case "Failed" -> 2;
        default -> {
          Failed failed = (Failed) outcome;
          yield failed.reason().isEmpty() ? 1 : 3;
        }
      };
      System.exit(code); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  /** Accepted: try-with-resources on a var, pattern matching inside. */
  public static class TryWithResourcesVar {
    public static void main(String[] args) {
      int code;
      try (var tracerProvider = SdkTracerProvider.builder().build()) {
        Outcome outcome = load(tracerProvider.get("loader"), List.of(args));
        code = outcome instanceof Failed failed && !failed.reason().isBlank() ? 2 : 0;
      }
      System.exit(code);
    }
  }

  /** An exit inside a switch rule, before the provider is shut down. */
  public static class ExitInSwitchRule {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      switch (args.length) {
        case 0 -> System.exit(64); // tracelint-expect: ExitBeforeTraceFlush
        case 1 -> load(tracerProvider.get("loader"), List.of(args));
        default -> {
          tracerProvider.shutdown().join(5, TimeUnit.SECONDS);
          System.exit(64);
        }
      }
      tracerProvider.close();
    }
  }

  /** Accepted: a main in a record, closed in a finally. */
  record Report(String name) {
    static final String USAGE = """
        usage: report <name>
        """;

    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      try {
        load(tracerProvider.get("report"), List.of(args));
      } finally {
        tracerProvider.close();
      }
    }
  }
}
