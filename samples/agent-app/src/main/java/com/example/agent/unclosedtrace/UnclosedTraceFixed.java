package com.example.agent.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The same agent loop, corrected: every span is ended in a finally block (spans are deliberately not AutoCloseable,
 * so that a catch can still record the exception on them) and every scope is opened in try-with-resources.
 */
public class UnclosedTraceFixed {
  private final Tracer tracer;
  private final Function<String, String> model;
  private final Map<String, String> toolCache = new HashMap<>();

  public UnclosedTraceFixed(Tracer tracer, Function<String, String> model) {
    this.tracer = tracer;
    this.model = model;
  }

  /** The scope in try-with-resources, the span ended in finally, the failure recorded in catch. */
  public String runStep(String prompt) {
    Span span = tracer.spanBuilder("agent.step").startSpan();
    try (Scope scope = span.makeCurrent()) {
      String answer = model.apply(prompt);
      span.setAttribute("agent.answer.length", answer.length());
      return answer;
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  /** The early return for a cache hit goes through the finally block too. */
  public String callTool(String tool, String arguments) {
    Span span =
        tracer
            .spanBuilder("agent.tool")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("agent.tool.name", tool)
            .startSpan();
    try {
      String cached = toolCache.get(tool + arguments);
      if (cached != null) {
        return cached;
      }
      String result = model.apply(tool + ":" + arguments);
      toolCache.put(tool + arguments, result);
      return result;
    } finally {
      span.end();
    }
  }

  /** try-with-resources closes the scope whether planning succeeds or fails. */
  public String planTurn(Span turn, String goal) {
    try (Scope scope = turn.makeCurrent()) {
      return model.apply("plan: " + goal);
    }
  }

  /** The span is ended on both outcomes; the catch only records the failure. */
  public String streamAnswer(String question) {
    Span span = tracer.spanBuilder("agent.answer").startSpan();
    try {
      return model.apply(question);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }
}
