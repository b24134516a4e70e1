package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A span ended in a callback of a CompletableFuture: whenComplete and handle run on success and failure, the then*
 * stages on success only, exceptionally on failure only. A call that can throw before the callback is attached leaks
 * the span too.
 */
public class FutureCallbacks {
  private final Tracer tracer;
  private final AsyncClient client;
  private final Executor executor;

  public FutureCallbacks(Tracer tracer, AsyncClient client, Executor executor) {
    this.tracer = tracer;
    this.client = client;
    this.executor = executor;
  }

  public CompletableFuture<String> flagsThrowingCallBeforeWhenComplete(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String request = client.render(prompt);
    return client.send(request).whenComplete((reply, error) -> span.end());
  }

  public CompletableFuture<String> flagsSpanEndedOnFailureOnly(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return client.send(prompt).exceptionally(error -> {
      span.setStatus(StatusCode.ERROR);
      span.end();
      return "";
    });
  }

  public CompletableFuture<Void> flagsSpanEndedOnSuccessOnly(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return client.send(prompt).thenAccept(reply -> {
      span.setAttribute("reply.length", reply.length());
      span.end();
    });
  }

  public CompletableFuture<String> acceptsSpanEndedInWhenComplete(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    return client.send(prompt).whenComplete((reply, error) -> {
      if (error != null) {
        span.recordException(error);
      }
      span.end();
    });
  }

  public CompletableFuture<Integer> acceptsSpanEndedInHandle(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    CompletableFuture<Integer> length = client.send(prompt).handle((reply, error) -> {
      span.end();
      return reply == null ? 0 : reply.length();
    });
    return length;
  }

  public CompletableFuture<String> acceptsSpanEndedOnBothOutcomesByTwoStages(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    return client.send(prompt)
        .thenApply(reply -> {
          span.end();
          return reply;
        })
        .exceptionally(error -> {
          span.end();
          return "";
        });
  }

  public CompletableFuture<String> acceptsSpanAttributesSetOnSuccessAndEndedInWhenComplete(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    span.setAttribute("prompt.length", prompt.length());
    return client.send(prompt)
        .thenApply(reply -> {
          span.setAttribute("reply.length", reply.length());
          return reply;
        })
        .whenComplete((reply, error) -> span.end());
  }

  public void acceptsSpanHandedToAnExecutorTask(String prompt) {
    Span span = tracer.spanBuilder("background").startSpan();
    executor.execute(() -> {
      try {
        client.render(prompt);
      } finally {
        span.end();
      }
    });
  }

  /** An asynchronous model client. */
  public interface AsyncClient {
    String render(String prompt);

    CompletableFuture<String> send(String request);
  }
}
