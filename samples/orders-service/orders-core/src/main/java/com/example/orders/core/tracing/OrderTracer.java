package com.example.orders.core.tracing;

/** The team's own tracing client; tracelint learns it through the StartMethods option. */
public final class OrderTracer {

  /** Starts a trace that the caller must {@link OrderTrace#finish() finish}. */
  public OrderTrace begin(String name) {
    return new OrderTrace(name, System.nanoTime());
  }
}
