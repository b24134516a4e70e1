package com.example.orders.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.orders.core.tracing.OrderTracer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

/**
 * Test code with tracing code in it, written the way tests often are: the scope is left open. Neither engine checks
 * test code with the README's configuration, and Error Prone's own MustBeClosedChecker (an ERROR by default, which
 * would fail the build here) does not run.
 */
class OrderRepositoryTest {
  private final Tracer tracer = OpenTelemetry.noop().getTracer("test");

  @Test
  void loadsWhatWasSaved() {
    Span span = tracer.spanBuilder("test").startSpan();
    Scope scope = span.makeCurrent();
    OrderRepository repository = new OrderRepository(tracer, new OrderTracer());
    repository.save("42", "two books");
    assertEquals("two books", repository.loadFixed("42"));
    assertEquals("two books", repository.load("42"));
  }
}
