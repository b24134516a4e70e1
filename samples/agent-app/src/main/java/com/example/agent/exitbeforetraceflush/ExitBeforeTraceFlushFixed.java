package com.example.agent.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly evaluation job, fixed: the SDK is closed (which flushes and waits, up to a bound) on every path before
 * System.exit, and the re-indexing worker registers a shutdown hook that waits for the shutdown.
 */
public class ExitBeforeTraceFlushFixed {
  private static final Logger log = LoggerFactory.getLogger(ExitBeforeTraceFlushFixed.class);

  /** The SDK is closed in a finally; only then does the job exit with its status. */
  public static void main(String[] args) {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
    Tracer tracer = sdk.getTracer("agent-eval");
    int status;
    try {
      status = evaluate(tracer, List.of(args), prompt -> "answer to " + prompt) == 0 ? 0 : 1;
    } catch (RuntimeException e) {
      log.error("evaluation crashed", e);
      status = 2;
    } finally {
      sdk.close();
    }
    System.exit(status);
  }

  /** A shutdown hook waits for the provider's shutdown when main returns, whether indexing threw or not. */
  public static class ReindexJob {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
          .build();
      Runtime.getRuntime().addShutdownHook(
          new Thread(() -> tracerProvider.shutdown().join(10, TimeUnit.SECONDS), "otel-shutdown"));
      evaluate(tracerProvider.get("agent-reindex"), List.of(args), prompt -> prompt.toLowerCase());
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
