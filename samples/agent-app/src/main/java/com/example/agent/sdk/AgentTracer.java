package com.example.agent.sdk;

import java.util.function.Consumer;

/**
 * The agent app's in-house tracing client: one trace per agent run, handed to the team's exporter when it ends.
 * tracelint does not know this SDK out of the box; the build adds it to UnclosedTrace through
 * {@code -XepOpt:UnclosedTrace:StartMethods} (Error Prone) and the {@code startMethods} property (PMD).
 */
public final class AgentTracer {

  private final Consumer<AgentTrace> exporter;

  public AgentTracer(Consumer<AgentTrace> exporter) {
    this.exporter = exporter;
  }

  /** Starts a trace that the caller must {@link AgentTrace#end() end}, or it is never exported. */
  public AgentTrace startTrace(String name) {
    return new AgentTrace(name, System.nanoTime(), exporter);
  }
}
