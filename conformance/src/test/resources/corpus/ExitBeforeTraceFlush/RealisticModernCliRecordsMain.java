package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line evaluation tools parsing their arguments into records: the SDK is owned by try-with-resources (its
 * close runs before the exit code is returned to System.exit), or closed in a finally around the work.
 */
public class RealisticModernCliRecordsMain {
  record Options(Path dataset, String model, int limit) {
    static Options parse(String[] args) {
      if (args.length < 2) {
        throw new IllegalArgumentException("usage: eval <dataset> <model> [limit]");
      }
      return new Options(Path.of(args[0]), args[1], args.length > 2 ? Integer.parseInt(args[2]) : 100);
    }
  }

  record Outcome(int passed, int failed) {
    int exitCode() {
      return failed == 0 ? 0 : 1;
    }
  }

  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  static Outcome evaluate(Tracer tracer, Options options) {
    Span span = tracer.spanBuilder("eval " + options.model()).startSpan();
    try {
      List<String> cases = List.of("a", "b");
      return new Outcome(cases.size(), 0);
    } finally {
      span.end();
    }
  }

  public static class Eval {
    public static void main(String[] args) {
      Options options = Options.parse(args);
      int code;
      try (var sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
          .build()) {
        code = evaluate(sdk.getTracer("eval"), options).exitCode();
      }
      System.exit(code);
    }
  }

  public static class EvalWithFinally {
    public static void main(String... args) {
      var options = Options.parse(args);
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      Outcome outcome;
      try {
        outcome = evaluate(provider.get("eval"), options);
      } finally {
        provider.close();
      }
      if (outcome.failed() > 0) {
        System.exit(outcome.exitCode());
      }
    }
  }

  public static class EvalExitingInside {
    public static void main(String[] args) {
      Options options = Options.parse(args);
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      try {
        Outcome outcome = evaluate(provider.get("eval"), options);
        System.exit(outcome.exitCode()); // tracelint-expect: ExitBeforeTraceFlush -- tracer provider 'provider'
      } finally {
        provider.close();
      }
    }
  }
}
