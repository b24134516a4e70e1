package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the steps of an agent's plan, one span per step. */
public class RealisticAgentPlanRunner {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentPlanRunner.class);

  interface StepExecutor {
    String run(String step, String context);
  }

  private final Tracer tracer;
  private final StepExecutor executor;

  RealisticAgentPlanRunner(Tracer tracer, StepExecutor executor) {
    this.tracer = tracer;
    this.executor = executor;
  }

  public String runPlan(List<String> steps) {
    String context = "";
    for (String step : steps) {
      Span span = tracer.spanBuilder("agent.step").setAttribute("step", step).startSpan();
      try (Scope scope = span.makeCurrent()) {
        context = executor.run(step, context);
      } catch (RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
        throw e;
      } finally {
        span.end();
      }
    }
    return context;
  }

  public String runPlanSkippingComments(List<String> steps) {
    String context = "";
    for (String step : steps) {
      Span span = tracer.spanBuilder("agent.step").setAttribute("step", step).startSpan(); // tracelint-expect: UnclosedTrace
      if (step.startsWith("#")) {
        log.debug("skipping comment step");
        continue;
      }
      try (Scope scope = span.makeCurrent()) {
        context = executor.run(step, context);
      } finally {
        span.end();
      }
    }
    return context;
  }

  public String runUntilDone(List<String> steps) {
    String context = "";
    for (String step : steps) {
      if (step.equals("DONE")) {
        break;
      }
      Span span = tracer.spanBuilder("agent.step").startSpan();
      try {
        context = executor.run(step, context);
      } finally {
        span.end();
      }
    }
    return context;
  }

  public String dispatch(String command, String context) {
    switch (command) {
      case "plan": {
        Span span = tracer.spanBuilder("agent.plan").startSpan();
        try {
          return executor.run("plan", context);
        } finally {
          span.end();
        }
      }
      default:
        return context;
    }
  }
}
