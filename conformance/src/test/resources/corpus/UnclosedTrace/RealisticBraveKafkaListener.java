package corpus.unclosedtrace;

import brave.ScopedSpan;
import brave.Span;
import brave.Tracer;
import brave.Tracer.SpanInScope;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Kafka consumers traced with Brave, as a Spring Kafka application writes them. */
@Component
public class RealisticBraveKafkaListener {
  interface OrderHandler {
    void handle(String payload);
  }

  interface DeadLetters {
    void publish(String payload, Exception cause);
  }

  private final Tracer tracer;
  private final OrderHandler handler;
  private final DeadLetters deadLetters;

  RealisticBraveKafkaListener(Tracer tracer, OrderHandler handler, DeadLetters deadLetters) {
    this.tracer = tracer;
    this.handler = handler;
    this.deadLetters = deadLetters;
  }

  @KafkaListener(topics = "orders")
  public void onOrder(String payload) {
    Span span = tracer.nextSpan().name("orders.consume").start();
    try (SpanInScope ws = tracer.withSpanInScope(span)) {
      handler.handle(payload);
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  @KafkaListener(topics = "orders-batch")
  public void onBatch(List<String> payloads) {
    for (String payload : payloads) {
      ScopedSpan span = tracer.startScopedSpan("orders.batch.item");
      try {
        handler.handle(payload);
      } catch (RuntimeException e) {
        span.error(e);
        ScopedSpan dlq = tracer.startScopedSpan("orders.dlq"); // tracelint-expect: UnclosedTrace
        deadLetters.publish(payload, e);
        dlq.finish();
      } finally {
        span.finish();
      }
    }
  }

  @KafkaListener(topics = "orders-retry")
  public void onRetry(String payload) {
    ScopedSpan span = tracer.startScopedSpan("orders.retry");
    span.tag("payload.size", String.valueOf(payload.length()));
    try {
      handler.handle(payload);
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }
}
