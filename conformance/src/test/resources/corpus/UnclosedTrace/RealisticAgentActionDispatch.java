package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/** The agent's next action, dispatched with a switch; the step span must be ended on every case. */
public class RealisticAgentActionDispatch {
  record Action(String kind, String tool, String input, String answer) {}

  interface Tools {
    String run(String tool, String input);
  }

  private final Tracer tracer;
  private final Tools tools;

  RealisticAgentActionDispatch(Tracer tracer, Tools tools) {
    this.tracer = tracer;
    this.tools = tools;
  }

  /** An unexpected action kind throws from the default case with the span open. */
  public String dispatch(Action action) {
    Span span = tracer.spanBuilder("agent.action").setAttribute("agent.action.kind", action.kind()).startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    switch (action.kind()) {
      case "final_answer":
        span.setAttribute("agent.answer.length", action.answer().length());
        span.end();
        return action.answer();
      case "tool_call":
        span.setAttribute("gen_ai.tool.name", action.tool());
        span.end();
        return "pending:" + action.tool();
      default:
        throw new IllegalStateException("unknown action " + action.kind());
    }
  }

  /** The default case ends the span before it throws. */
  public String dispatchEndedEverywhere(Action action) {
    Span span = tracer.spanBuilder("agent.action").setAttribute("agent.action.kind", action.kind()).startSpan();
    switch (action.kind()) {
      case "final_answer":
        span.end();
        return action.answer();
      case "tool_call":
        span.setAttribute("gen_ai.tool.name", action.tool());
        span.end();
        return "pending:" + action.tool();
      default:
        span.setStatus(StatusCode.ERROR, "unknown action");
        span.end();
        throw new IllegalStateException("unknown action " + action.kind());
    }
  }

  /** A switch expression computes the result inside try/finally. */
  public String dispatchInFinally(Action action) {
    Span span = tracer.spanBuilder("agent.action").startSpan();
    try {
      return switch (action.kind()) {
        case "final_answer" -> action.answer();
        case "tool_call" -> tools.run(action.tool(), action.input());
        default -> throw new IllegalStateException("unknown action " + action.kind());
      };
    } finally {
      span.end();
    }
  }
}
