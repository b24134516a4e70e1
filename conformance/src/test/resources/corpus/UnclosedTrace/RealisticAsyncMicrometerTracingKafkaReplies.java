package corpus.unclosedtrace;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Request/reply over a message broker with Micrometer Tracing: a span per request, ended when the correlated reply
 * arrives, times out or the send fails; the pending future carries the span's end.
 */
public class RealisticAsyncMicrometerTracingKafkaReplies {
  interface Broker {
    CompletableFuture<Void> send(String topic, String correlationId, String payload);
  }

  private final Tracer tracer;
  private final Broker broker;
  private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

  RealisticAsyncMicrometerTracingKafkaReplies(Tracer tracer, Broker broker) {
    this.tracer = tracer;
    this.broker = broker;
  }

  public CompletableFuture<String> request(String topic, String correlationId, String payload, Duration timeout) {
    Span span = tracer.nextSpan().name("agent.request " + topic).tag("correlation.id", correlationId).start();
    CompletableFuture<String> reply = new CompletableFuture<String>()
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((answer, error) -> {
          pending.remove(correlationId);
          if (error != null) {
            span.error(error);
          }
          span.end();
        });
    pending.put(correlationId, reply);
    broker.send(topic, correlationId, payload).whenComplete((sent, error) -> {
      if (error != null) {
        reply.completeExceptionally(error);
      }
    });
    return reply;
  }

  /** Called by the listener container when a reply arrives: completes the future, whose stage ends the span. */
  public void onReply(String correlationId, String answer) {
    CompletableFuture<String> reply = pending.get(correlationId);
    if (reply != null) {
      reply.complete(answer);
    }
  }

  public CompletableFuture<Void> notifyOnly(String topic, String payload) {
    Span span = tracer.nextSpan().name("agent.notify").start();
    try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
      return broker.send(topic, "-", payload).whenComplete((sent, error) -> {
        if (error != null) {
          span.error(error);
        }
        span.end();
      });
    }
  }
}
