package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An LLM-as-judge scorer deployed as AWS Lambda functions, each owning its tracer provider. */
public class RealisticAgentLambdaJudge {
  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static double score(Tracer tracer, Map<String, String> input) {
    Span span = tracer.spanBuilder("judge.score").startSpan();
    try {
      return input.getOrDefault("answer", "").isEmpty() ? 0.0 : 1.0;
    } finally {
      span.end();
    }
  }

  /** Returns as soon as the score is known: the environment freezes with the batch still queued. */
  public static class Judge implements RequestHandler<Map<String, String>, Double> {
    private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();

    @Override
    public Double handleRequest(Map<String, String> input, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- 'PROVIDER'
      return score(PROVIDER.get("judge"), input);
    }
  }

  /** Flushes and waits in finally before returning. */
  public static class FlushingJudge implements RequestHandler<Map<String, String>, Double> {
    private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();

    @Override
    public Double handleRequest(Map<String, String> input, Context context) {
      try {
        return score(PROVIDER.get("judge"), input);
      } finally {
        PROVIDER.forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  /** Requests a flush but does not wait for it: the freeze may come first. */
  public static class FireAndForgetJudge implements RequestHandler<Map<String, String>, Double> {
    private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();

    @Override
    public Double handleRequest(Map<String, String> input, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- 'PROVIDER'
      try {
        return score(PROVIDER.get("judge"), input);
      } finally {
        PROVIDER.forceFlush();
      }
    }
  }
}
