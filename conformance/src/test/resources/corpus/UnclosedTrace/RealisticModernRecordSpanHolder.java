package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Objects;

/**
 * An agent step runner written with records: the span and its scope travel together in a record that is itself
 * AutoCloseable, and records of the request are validated by compact constructors before any span starts.
 */
public class RealisticModernRecordSpanHolder {
  record StepRequest(String agent, String tool, List<String> args) {
    StepRequest {
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(tool, "tool");
      args = List.copyOf(args);
    }
  }

  record StepResult(String output, int tokens) {}

  /** The span and the scope that made it current, closed together. */
  record ActiveStep(Span span, Scope scope) implements AutoCloseable {
    static ActiveStep open(Tracer tracer, StepRequest request) {
      Span span = tracer.spanBuilder("step " + request.tool()).startSpan();
      return new ActiveStep(span, span.makeCurrent());
    }

    @Override
    public void close() {
      scope.close();
      span.end();
    }
  }

  interface ToolClient {
    StepResult invoke(String tool, List<String> args) throws java.io.IOException;
  }

  private static final AttributeKey<Long> TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");

  private final Tracer tracer;
  private final ToolClient tools;

  public RealisticModernRecordSpanHolder(Tracer tracer, ToolClient tools) {
    this.tracer = tracer;
    this.tools = tools;
  }

  public StepResult runStep(StepRequest request) throws java.io.IOException {
    try (var step = ActiveStep.open(tracer, request)) {
      StepResult result = tools.invoke(request.tool(), request.args());
      step.span().setAttribute(TOKENS, (long) result.tokens());
      return result;
    }
  }

  public StepResult runStepRecordingFailure(StepRequest request) throws java.io.IOException {
    var span = tracer.spanBuilder("step " + request.tool()).setAttribute("agent", request.agent()).startSpan();
    try (var ignored = span.makeCurrent()) {
      return tools.invoke(request.tool(), request.args());
    } catch (java.io.IOException | RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  public StepResult runStepEndedOnlyOnSuccess(StepRequest request) throws java.io.IOException {
    var span = tracer.spanBuilder("step " + request.tool()).startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    StepResult result = tools.invoke(request.tool(), request.args());
    span.setAttribute(TOKENS, (long) result.tokens());
    span.end();
    return result;
  }
}
