package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** An asynchronous client for a model gateway: spans end in the future's callbacks. */
public class RealisticAppAsyncModelClient {
  private final Tracer tracer;
  private final HttpClient http;
  private final URI endpoint;
  private final ExecutorService workers;

  public RealisticAppAsyncModelClient(Tracer tracer, HttpClient http, URI endpoint, ExecutorService workers) {
    this.tracer = tracer;
    this.http = http;
    this.endpoint = endpoint;
    this.workers = workers;
  }

  public CompletableFuture<String> complete(String body) {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .build();
    Span span = tracer.spanBuilder("POST /v1/complete").setSpanKind(SpanKind.CLIENT).startSpan();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .whenComplete((response, error) -> {
          if (error != null) {
            span.recordException(error);
            span.setStatus(StatusCode.ERROR);
          } else {
            span.setAttribute("http.response.status_code", response.statusCode());
          }
          span.end();
        })
        .thenApply(HttpResponse::body);
  }

  /** Ended when the response arrives only: a connection failure leaves the span open. */
  public CompletableFuture<String> completeOnSuccessOnly(String body) {
    HttpRequest request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    Span span = tracer.spanBuilder("POST /v1/complete").setSpanKind(SpanKind.CLIENT).startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> {
          span.setAttribute("http.response.status_code", response.statusCode());
          span.end();
          return response.body();
        });
  }

  /** Work moved to a pool: the task captures the span and ends it there, with the context carried along. */
  public CompletableFuture<Integer> countTokensAsync(String text) {
    Span span = tracer.spanBuilder("tokenize").startSpan();
    Context context = Context.current().with(span);
    return CompletableFuture.supplyAsync(context.wrapSupplier(() -> {
      try (Scope scope = span.makeCurrent()) {
        return text.split("\\s+").length;
      } finally {
        span.end();
      }
    }), workers);
  }

  /** handle(..) runs on success and failure alike. */
  public CompletableFuture<String> completeWithFallback(String body) {
    HttpRequest request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    Span span = tracer.spanBuilder("POST /v1/complete").startSpan();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle((response, error) -> {
          span.end();
          return error == null ? response.body() : "{\"fallback\":true}";
        });
  }
}
