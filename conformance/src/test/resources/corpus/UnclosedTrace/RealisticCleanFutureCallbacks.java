package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Async LLM client: the span is ended in the future's completion callback, which runs on every outcome. */
public class RealisticCleanFutureCallbacks {
  interface AsyncChatClient {
    CompletableFuture<String> complete(String prompt);
  }

  private final Tracer tracer;
  private final AsyncChatClient client;

  RealisticCleanFutureCallbacks(Tracer tracer, AsyncChatClient client) {
    this.tracer = tracer;
    this.client = client;
  }

  public CompletableFuture<String> chat(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    return client.complete(prompt).whenComplete((answer, error) -> {
      if (error != null) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
      } else {
        span.setAttribute("gen_ai.response.length", answer.length());
      }
      span.end();
    });
  }

  public CompletionStage<Integer> countTokens(String prompt) {
    Span span = tracer.spanBuilder("count_tokens").startSpan();
    return client.complete(prompt).handle((answer, error) -> {
      span.end();
      return error == null ? answer.split("\\s+").length : -1;
    });
  }

  public CompletableFuture<String> chatWithFallback(String prompt, String fallback) {
    Span span = tracer.spanBuilder("chat.fallback").startSpan();
    return client.complete(prompt)
        .thenApply(answer -> {
          span.end();
          return answer;
        })
        .exceptionally(error -> {
          span.recordException(error);
          span.end();
          return fallback;
        });
  }
}
