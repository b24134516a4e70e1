package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Spans kept in a per-run context object: steps are opened by one callback and closed by another. */
public class RealisticAgentRunContext {
  /** What one agent run carries between its callbacks. */
  static final class RunContext {
    final String runId;
    final Map<String, Span> openSteps = new ConcurrentHashMap<>();
    Span runSpan;

    RunContext(String runId) {
      this.runId = runId;
    }
  }

  interface ToolRunner {
    String run(String tool, String input);
  }

  private final Tracer tracer;
  private final ToolRunner runner;
  private final Map<String, RunContext> runs = new ConcurrentHashMap<>();

  RealisticAgentRunContext(Tracer tracer, ToolRunner runner) {
    this.tracer = tracer;
    this.runner = runner;
  }

  /** The run span is stored in the context; onRunEnd ends it. */
  public void onRunStart(String runId) {
    RunContext context = new RunContext(runId);
    Span span = tracer.spanBuilder("agent.run").setAttribute("agent.run_id", runId).startSpan();
    context.runSpan = span;
    runs.put(runId, context);
  }

  /** A step span parked in the context's map until onStepEnd. */
  public void onStepStart(String runId, String stepId, String name) {
    RunContext context = runs.get(runId);
    if (context == null) {
      return;
    }
    Span step = tracer.spanBuilder("agent.step " + name).setAttribute("agent.step_id", stepId).startSpan();
    context.openSteps.put(stepId, step);
  }

  public void onStepEnd(String runId, String stepId) {
    RunContext context = runs.get(runId);
    Span step = context == null ? null : context.openSteps.remove(stepId);
    if (step != null) {
      step.end();
    }
  }

  public void onRunEnd(String runId) {
    RunContext context = runs.remove(runId);
    if (context != null && context.runSpan != null) {
      context.openSteps.values().forEach(Span::end);
      context.runSpan.end();
    }
  }

  /** The step's span is made current for the tool and the scope is dropped: the thread keeps it as parent for good. */
  public String runToolInStep(String runId, String stepId, String tool, String input) {
    RunContext context = runs.get(runId);
    Span step = context.openSteps.get(stepId);
    step.makeCurrent(); // tracelint-expect: UnclosedTrace
    return runner.run(tool, input);
  }

  /** The scope closed by try-with-resources; the step span stays owned by the context. */
  public String runToolInStepScoped(String runId, String stepId, String tool, String input) {
    RunContext context = runs.get(runId);
    Span step = context.openSteps.get(stepId);
    try (Scope scope = step.makeCurrent()) {
      return runner.run(tool, input);
    }
  }
}
