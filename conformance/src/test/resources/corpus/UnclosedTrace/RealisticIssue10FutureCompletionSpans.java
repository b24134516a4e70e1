package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** An embeddings gateway that ends its spans from future callbacks. */
public class RealisticIssue10FutureCompletionSpans {
  interface EmbeddingsClient {
    CompletableFuture<float[]> embedAsync(Map<String, Object> payload);
  }

  interface PayloadFactory {
    Map<String, Object> payloadFor(String text);
  }

  private final Tracer tracer;
  private final EmbeddingsClient client;
  private final PayloadFactory payloads;

  RealisticIssue10FutureCompletionSpans(Tracer tracer, EmbeddingsClient client, PayloadFactory payloads) {
    this.tracer = tracer;
    this.client = client;
    this.payloads = payloads;
  }

  public CompletableFuture<float[]> embed(String text) {
    Span span = tracer.spanBuilder("embeddings.create").startSpan(); // tracelint-expect: UnclosedTrace
    Map<String, Object> payload = payloads.payloadFor(text);
    return client.embedAsync(payload).whenComplete((vector, error) -> {
      if (error != null) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    });
  }

  public CompletableFuture<float[]> embedPrepared(Map<String, Object> payload) {
    Span span = tracer.spanBuilder("embeddings.create.prepared").startSpan();
    return client.embedAsync(payload).whenComplete((vector, error) -> span.end());
  }

  public CompletableFuture<Integer> dimensions(Map<String, Object> payload) {
    Span span = tracer.spanBuilder("embeddings.dimensions").startSpan();
    return client.embedAsync(payload)
        .thenApply(vector -> {
          span.end();
          return vector.length;
        })
        .exceptionally(error -> {
          span.recordException(error);
          span.end();
          return -1;
        });
  }

  public CompletableFuture<Void> store(Map<String, Object> payload) {
    Span span = tracer.spanBuilder("embeddings.store").startSpan(); // tracelint-expect: UnclosedTrace
    return client.embedAsync(payload).thenAccept(vector -> {
      span.setAttribute("embeddings.dims", vector.length);
      span.end();
    });
  }

  public CompletableFuture<float[]> embedHandled(Map<String, Object> payload) {
    Span span = tracer.spanBuilder("embeddings.handled").startSpan();
    return client.embedAsync(payload).handle((vector, error) -> {
      span.end();
      return vector == null ? new float[0] : vector;
    });
  }
}
