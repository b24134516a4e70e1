package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;

/** An offline evaluation of an agent over a dataset: one trace per example, exit code for CI. */
public class RealisticAgentEvalHarness {
  record Example(String input, String expected) {}

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static List<Example> dataset(String name) {
    return List.of(new Example("2+2", "4"), new Example("capital of France", "Paris"));
  }

  static String agent(String input) {
    return input.length() > 3 ? "Paris" : "4";
  }

  static int evaluate(Tracer tracer, List<Example> examples) {
    int failures = 0;
    for (Example example : examples) {
      Span span = tracer.spanBuilder("eval.example").setAttribute("eval.input", example.input()).startSpan();
      try {
        boolean passed = example.expected().equals(agent(example.input()));
        span.setAttribute("eval.passed", passed);
        failures += passed ? 0 : 1;
      } finally {
        span.end();
      }
    }
    return failures;
  }

  /** The CI exit code is set with System.exit while the batch processor still holds the last examples. */
  public static class Run {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      int failures = evaluate(tracerProvider.get("eval"), dataset(args.length > 0 ? args[0] : "smoke"));
      System.out.printf("%d failures%n", failures);
      System.exit(failures == 0 ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush -- 'tracerProvider'
    }
  }

  /** Closed before the exit code is set. */
  public static class RunFlushed {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      int failures;
      try {
        failures = evaluate(tracerProvider.get("eval"), dataset(args.length > 0 ? args[0] : "smoke"));
      } finally {
        tracerProvider.close();
      }
      System.exit(failures == 0 ? 0 : 1);
    }
  }

  /** The processor built apart and the provider closed in a hook registered before the exit. */
  public static class RunWithHook {
    public static void main(String[] args) {
      BatchSpanProcessor processor = BatchSpanProcessor.builder(exporter()).build();
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().addSpanProcessor(processor).build();
      Runtime.getRuntime().addShutdownHook(new Thread(tracerProvider::close));
      int failures = evaluate(tracerProvider.get("eval"), dataset("smoke"));
      System.exit(failures == 0 ? 0 : 1);
    }
  }
}
