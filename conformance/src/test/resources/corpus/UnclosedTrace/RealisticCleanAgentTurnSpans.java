package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An agent loop with one span per turn; continue, break and return inside the try all pass the finally. */
public class RealisticCleanAgentTurnSpans {
  private static final Logger LOGGER = LoggerFactory.getLogger(RealisticCleanAgentTurnSpans.class);

  record Step(String tool, String input, String answer) {}

  interface Planner {
    Step next(List<String> memory);
  }

  interface Toolbox {
    String call(String tool, String input);
  }

  private final Tracer tracer;
  private final Planner planner;
  private final Toolbox toolbox;

  RealisticCleanAgentTurnSpans(Tracer tracer, Planner planner, Toolbox toolbox) {
    this.tracer = tracer;
    this.planner = planner;
    this.toolbox = toolbox;
  }

  public String run(String goal, int maxTurns) {
    List<String> memory = new ArrayList<>(List.of(goal));
    Span agent = tracer.spanBuilder("invoke_agent").startSpan();
    try (Scope agentScope = agent.makeCurrent()) {
      for (int turn = 0; turn < maxTurns; turn++) {
        Span span = tracer.spanBuilder("agent.turn").setAttribute("agent.turn", turn).startSpan();
        try (Scope scope = span.makeCurrent()) {
          Step step = planner.next(memory);
          if (step.answer() != null) {
            span.setAttribute("agent.final", true);
            return step.answer();
          }
          if (step.tool() == null) {
            LOGGER.debug("planner produced an empty step on turn {}", turn);
            continue;
          }
          String observation = toolbox.call(step.tool(), step.input());
          memory.add(observation);
          if (observation.startsWith("STOP")) {
            break;
          }
        } catch (RuntimeException e) {
          span.recordException(e);
          span.setStatus(StatusCode.ERROR);
          memory.add("error: " + e.getMessage());
        } finally {
          span.end();
        }
      }
      agent.setAttribute("agent.exhausted", true);
      return "";
    } finally {
      agent.end();
    }
  }

  public String describe(Step step) {
    Span span = tracer.spanBuilder("agent.describe").startSpan();
    try {
      return switch (step.tool() == null ? "answer" : "tool") {
        case "answer" -> "answer: " + step.answer();
        default -> {
          span.setAttribute("tool", step.tool());
          yield "tool: " + step.tool();
        }
      };
    } finally {
      span.end();
    }
  }

  public String optionalSpan(boolean tracingEnabled, String input) {
    Span span = tracingEnabled ? tracer.spanBuilder("optional").startSpan() : Span.getInvalid();
    try {
      return toolbox.call("echo", input);
    } finally {
      span.end();
    }
  }
}
