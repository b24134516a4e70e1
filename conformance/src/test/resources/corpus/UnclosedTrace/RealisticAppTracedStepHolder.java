package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A small tracing facade of an agent framework: a record that owns a span and its scope and is itself
 * AutoCloseable, so callers write try-with-resources. Starts inside its factory are handed to the record.
 */
public class RealisticAppTracedStepHolder {
  public record TracedStep(Span span, Scope scope) implements AutoCloseable {
    public static TracedStep start(Tracer tracer, String name) {
      Span span = tracer.spanBuilder(name).startSpan();
      return new TracedStep(span, span.makeCurrent());
    }

    public void fail(Throwable error) {
      span.recordException(error);
      span.setStatus(StatusCode.ERROR);
    }

    @Override
    public void close() {
      scope.close();
      span.end();
    }
  }

  interface Tool {
    String call(String input);
  }

  private final Tracer tracer;

  public RealisticAppTracedStepHolder(Tracer tracer) {
    this.tracer = tracer;
  }

  public String invoke(Tool tool, String input) {
    try (TracedStep step = TracedStep.start(tracer, "agent.tool")) {
      try {
        return tool.call(input);
      } catch (RuntimeException e) {
        step.fail(e);
        throw e;
      }
    }
  }

  /** A builder-style helper: the scope is opened and returned to the caller, who closes it. */
  public Scope enter(Span span) {
    span.setAttribute("agent.entered", true);
    return span.makeCurrent();
  }

  public String invokeWithEnter(Tool tool, String input) {
    Span span = tracer.spanBuilder("agent.tool.entered").startSpan();
    try (Scope scope = enter(span)) {
      return tool.call(input);
    } finally {
      span.end();
    }
  }
}
