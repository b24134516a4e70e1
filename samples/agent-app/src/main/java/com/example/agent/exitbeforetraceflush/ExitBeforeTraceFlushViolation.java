package com.example.agent.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's nightly evaluation job, run by a scheduler as a plain JVM: it replays a set of prompts against the
 * model, traces each one, and exits with a status. Its batch span processor exports on a daemon thread, so whatever it
 * still holds when the process exits is lost: here, the spans of the last prompts and of the failure that ended the
 * run.
 */
public class ExitBeforeTraceFlushViolation {
  private static final Logger log = LoggerFactory.getLogger(ExitBeforeTraceFlushViolation.class);

  /** Exits with the job's status; System.exit runs no finally block and nothing closed the SDK. */
  public static void main(String[] args) {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
    Tracer tracer = sdk.getTracer("agent-eval");
    int failed;
    try {
      failed = evaluate(tracer, List.of(args), prompt -> "answer to " + prompt);
    } catch (RuntimeException e) {
      log.error("evaluation crashed", e);
      System.exit(2); // tracelint-expect: ExitBeforeTraceFlush
      return;
    }
    System.exit(failed == 0 ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush
  }

  /** A re-indexing worker that returns from main; the provider is shut down only if indexing does not throw. */
  public static class ReindexJob {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
          .build();
      evaluate(tracerProvider.get("agent-reindex"), List.of(args), prompt -> prompt.toLowerCase());
      tracerProvider.shutdown();
    }
  }

  static int evaluate(Tracer tracer, List<String> prompts, Function<String, String> model) {
    int failed = 0;
    for (String prompt : prompts) {
      Span span = tracer.spanBuilder("agent.eval").startSpan();
      try {
        if (model.apply(prompt).isBlank()) {
          failed++;
          span.setStatus(StatusCode.ERROR);
        }
      } finally {
        span.end();
      }
    }
    return failed;
  }
}
