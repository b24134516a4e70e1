package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A CI evaluation CLI for a prompt change: scores a dataset, exits non-zero when the pass rate drops. */
public class RealisticAppEvalCliMain {
  record Options(Path dataset, double threshold) {
    static Options parse(String[] args) {
      if (args.length < 1) {
        throw new IllegalArgumentException("usage: eval <dataset.jsonl> [threshold]");
      }
      return new Options(Path.of(args[0]), args.length > 1 ? Double.parseDouble(args[1]) : 0.8);
    }
  }

  static boolean passes(Tracer tracer, String line) {
    Span span = tracer.spanBuilder("eval.example").startSpan();
    try {
      boolean pass = !line.isBlank() && line.contains("\"expected\"");
      span.setAttribute("eval.pass", pass);
      return pass;
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .setResource(Resource.getDefault())
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
    int status;
    try {
      Tracer tracer = sdk.getTracer("prompt-eval");
      List<String> lines = Files.readAllLines(options.dataset());
      long passed = lines.stream().filter(line -> passes(tracer, line)).count();
      double rate = lines.isEmpty() ? 1.0 : (double) passed / lines.size();
      System.out.printf("pass rate %.3f (threshold %.3f)%n", rate, options.threshold());
      status = rate >= options.threshold() ? 0 : 1;
    } finally {
      sdk.close();
    }
    System.exit(status);
  }
}
