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
 * An agent loop whose spans go missing exactly when something fails: each span below is ended on the normal path
 * only, so a thrown exception (or an early return) leaves it un-ended and it is never exported.
 */
public class UnclosedTraceViolation {
  private final Tracer tracer;
  private final Function<String, String> model;
  private final Map<String, String> toolCache = new HashMap<>();

  public UnclosedTraceViolation(Tracer tracer, Function<String, String> model) {
    this.tracer = tracer;
    this.model = model;
  }

  /** The scope is closed by try-with-resources, but the span is ended only if the model call returns. */
  public String runStep(String prompt) {
    Span span = tracer.spanBuilder("agent.step").startSpan(); // tracelint-expect: UnclosedTrace
    try (Scope scope = span.makeCurrent()) {
      String answer = model.apply(prompt);
      span.setAttribute("agent.answer.length", answer.length());
      span.end();
      return answer;
    }
  }

  /** A cache hit returns before the span is ended. */
  public String callTool(String tool, String arguments) {
    Span span =
        tracer
            .spanBuilder("agent.tool")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("agent.tool.name", tool)
            .startSpan(); // tracelint-expect: UnclosedTrace
    String cached = toolCache.get(tool + arguments);
    if (cached != null) {
      return cached;
    }
    String result = model.apply(tool + ":" + arguments);
    toolCache.put(tool + arguments, result);
    span.end();
    return result;
  }

  /** The scope is closed only when planning succeeds: a failure leaves the context attached to the pooled thread. */
  public String planTurn(Span turn, String goal) {
    Scope scope = turn.makeCurrent(); // tracelint-expect: UnclosedTrace
    String plan = model.apply("plan: " + goal);
    scope.close();
    return plan;
  }

  /** The span is ended when the answer fails, but not when it succeeds. */
  public String streamAnswer(String question) {
    Span span = tracer.spanBuilder("agent.answer").startSpan(); // tracelint-expect: UnclosedTrace
    try {
      return model.apply(question);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      span.end();
      throw e;
    }
  }
}
