package com.example.orders.core.tracing;

/** One traced unit of work; exported when it is finished. */
public final class OrderTrace {
  private final String name;
  private final long startNanos;

  OrderTrace(String name, long startNanos) {
    this.name = name;
    this.startNanos = startNanos;
  }

  /** Ends the trace and hands it to the exporter. */
  public void finish() {
    System.out.printf("%s took %d us%n", name, (System.nanoTime() - startNanos) / 1_000);
  }
}
