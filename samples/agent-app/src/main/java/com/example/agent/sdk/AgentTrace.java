package com.example.agent.sdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** One agent run as the in-house SDK records it; exported only by {@link #end()}. */
public final class AgentTrace {

  private final String name;
  private final long startNanos;
  private final Consumer<AgentTrace> exporter;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private long durationNanos = -1;

  AgentTrace(String name, long startNanos, Consumer<AgentTrace> exporter) {
    this.name = name;
    this.startNanos = startNanos;
    this.exporter = exporter;
  }

  public void setAttribute(String key, String value) {
    attributes.put(key, value);
  }

  /** Records the duration and exports the trace; later calls do nothing. */
  public void end() {
    if (durationNanos < 0) {
      durationNanos = System.nanoTime() - startNanos;
      exporter.accept(this);
    }
  }

  public String name() {
    return name;
  }

  public Map<String, String> attributes() {
    return Map.copyOf(attributes);
  }

  /** The duration, or -1 while the trace is still open. */
  public long durationNanos() {
    return durationNanos;
  }
}
