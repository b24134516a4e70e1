package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.CompletableFuture;

/** Asynchronous LLM calls whose spans end in completion callbacks. */
public class RealisticAsyncCompletions {
  interface AsyncChatClient {
    CompletableFuture<String> complete(String prompt);
  }

  private final Tracer tracer;
  private final AsyncChatClient client;

  RealisticAsyncCompletions(Tracer tracer, AsyncChatClient client) {
    this.tracer = tracer;
    this.client = client;
  }

  public CompletableFuture<String> complete(String prompt) {
    Span span = tracer.spanBuilder("llm.complete").startSpan();
    return client.complete(prompt).whenComplete((answer, error) -> {
      if (error != null) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    });
  }

  public CompletableFuture<Integer> countTokens(String prompt) {
    Span span = tracer.spanBuilder("llm.countTokens").startSpan();
    return client.complete(prompt).handle((answer, error) -> {
      span.end();
      return error == null ? answer.length() : -1;
    });
  }

  public CompletableFuture<String> completeAndTrim(String prompt) {
    Span span = tracer.spanBuilder("llm.completeAndTrim").startSpan(); // tracelint-expect: UnclosedTrace
    return client.complete(prompt).thenApply(answer -> {
      span.setAttribute("answer.length", answer.length());
      span.end();
      return answer.trim();
    });
  }
}
