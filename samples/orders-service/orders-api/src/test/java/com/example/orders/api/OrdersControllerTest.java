package com.example.orders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.orders.core.OrderRepository;
import com.example.orders.core.tracing.OrderTracer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import org.junit.jupiter.api.Test;

/** Tracing in test code, never ended: not reported, since the README's configuration checks main code only. */
class OrdersControllerTest {

  @Test
  void servesASavedOrder() throws InterruptedException {
    var tracer = OpenTelemetry.noop().getTracer("test");
    Span span = tracer.spanBuilder("test").startSpan();
    OrderRepository repository = new OrderRepository(tracer, new OrderTracer());
    repository.save("7", "a lamp");
    assertEquals("a lamp", new OrdersController(repository, "sk-test-0000").orderFixed("7"));
    span.setAttribute("order", "7");
  }
}
