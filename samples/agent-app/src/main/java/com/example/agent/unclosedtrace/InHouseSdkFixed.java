package com.example.agent.unclosedtrace;

import com.example.agent.sdk.AgentTrace;
import com.example.agent.sdk.AgentTracer;
import com.example.agent.sdk.ChatModel;
import java.util.Map;

/**
 * The corrected twin of {@link InHouseSdkViolation}: the trace is ended in a {@code finally} block, so it reaches the
 * collector whether the model answers, fails or the cache answers first.
 */
public final class InHouseSdkFixed {

  private final AgentTracer tracer;
  private final ChatModel model;
  private final Map<String, String> answerCache;

  public InHouseSdkFixed(AgentTracer tracer, ChatModel model, Map<String, String> answerCache) {
    this.tracer = tracer;
    this.model = model;
    this.answerCache = answerCache;
  }

  /** Ended in {@code finally}: a timeout in {@code model.complete} still ends the trace. */
  public String answer(String question) {
    AgentTrace trace = tracer.startTrace("agent.answer");
    try {
      trace.setAttribute("agent.step", "answer");
      return model.complete(question);
    } finally {
      trace.end();
    }
  }

  /** Ended in {@code finally}: the early return on a cache hit still ends the trace. */
  public String answerWithCache(String question) {
    AgentTrace trace = tracer.startTrace("agent.answer.cached");
    try {
      String cached = answerCache.get(question);
      if (cached != null) {
        return cached;
      }
      String reply = model.complete(question);
      answerCache.put(question, reply);
      return reply;
    } finally {
      trace.end();
    }
  }
}
