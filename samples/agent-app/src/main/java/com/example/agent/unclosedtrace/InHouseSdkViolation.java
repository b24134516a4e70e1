package com.example.agent.unclosedtrace;

import com.example.agent.sdk.AgentTrace;
import com.example.agent.sdk.AgentTracer;
import com.example.agent.sdk.ChatModel;
import java.util.Map;

/**
 * Agent runs traced with the in-house SDK ({@code AgentTracer}, configured through the {@code StartMethods} option)
 * that leave the trace open: a failing model call or an early return skips {@code trace.end()}, so the run never
 * reaches the collector.
 */
public final class InHouseSdkViolation {

  private final AgentTracer tracer;
  private final ChatModel model;
  private final Map<String, String> answerCache;

  public InHouseSdkViolation(AgentTracer tracer, ChatModel model, Map<String, String> answerCache) {
    this.tracer = tracer;
    this.model = model;
    this.answerCache = answerCache;
  }

  /** A timeout in {@code model.complete} throws past {@code trace.end()}. */
  public String answer(String question) {
    AgentTrace trace = tracer.startTrace("agent.answer"); // tracelint-expect: UnclosedTrace
    trace.setAttribute("agent.step", "answer");
    String reply = model.complete(question);
    trace.end();
    return reply;
  }

  /** The cache hit returns before {@code trace.end()}. */
  public String answerWithCache(String question) {
    AgentTrace trace = tracer.startTrace("agent.answer.cached"); // tracelint-expect: UnclosedTrace
    String cached = answerCache.get(question);
    if (cached != null) {
      return cached;
    }
    String reply = model.complete(question);
    answerCache.put(question, reply);
    trace.end();
    return reply;
  }
}
