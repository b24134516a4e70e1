package com.example.orders.core;

import com.example.orders.core.tracing.OrderTrace;
import com.example.orders.core.tracing.OrderTracer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.extern.slf4j.Slf4j;

/** Loads orders; each load is traced. Lombok's {@code @Slf4j} provides {@code log}. */
@Slf4j
public class OrderRepository {
  private final Tracer tracer;
  private final OrderTracer orderTracer;
  private final Map<String, String> orders = new ConcurrentHashMap<>();

  public OrderRepository(Tracer tracer, OrderTracer orderTracer) {
    this.tracer = tracer;
    this.orderTracer = orderTracer;
  }

  /** A missing order throws past {@code span.end()}: the span is never exported. */
  public String load(String id) {
    Span span = tracer.spanBuilder("orders.load").startSpan(); // tracelint-expect: UnclosedTrace
    String order = find(id);
    span.end();
    return order;
  }

  /** The same shape, deliberately accepted by the team: both engines honour the suppression. */
  @SuppressWarnings("UnclosedTrace")
  public String loadForMigration(String id) {
    Span span = tracer.spanBuilder("orders.migrate").startSpan();
    String order = find(id);
    span.end();
    return order;
  }

  /** The in-house tracer, known to tracelint only through the StartMethods option. */
  public String loadAudited(String id) {
    OrderTrace trace = orderTracer.begin("orders.audit"); // tracelint-expect: UnclosedTrace
    String order = find(id);
    trace.finish();
    return order;
  }

  /** Fixed: the span ends on every path. */
  public String loadFixed(String id) {
    Span span = tracer.spanBuilder("orders.load").startSpan();
    try {
      return find(id);
    } finally {
      span.end();
    }
  }

  public void save(String id, String order) {
    orders.put(id, order);
    log.debug("saved order {}", id);
  }

  private String find(String id) {
    String order = orders.get(id);
    if (order == null) {
      throw new IllegalArgumentException("no order " + id);
    }
    return order;
  }
}
