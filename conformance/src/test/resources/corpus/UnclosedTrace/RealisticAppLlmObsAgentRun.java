package corpus.unclosedtrace;

import datadog.trace.api.llmobs.LLMObs;
import datadog.trace.api.llmobs.LLMObsSpan;
import java.util.List;
import java.util.Map;

/** A planning agent instrumented with Datadog LLM Observability: workflow, agent, LLM and tool spans. */
public class RealisticAppLlmObsAgentRun {
  private static final String ML_APP = "support-agent";

  record Step(String tool, String input) {}

  interface Planner {
    List<Step> plan(String goal);
  }

  interface ToolBox {
    String run(String tool, String input);
  }

  private final Planner planner;
  private final ToolBox tools;

  public RealisticAppLlmObsAgentRun(Planner planner, ToolBox tools) {
    this.planner = planner;
    this.tools = tools;
  }

  public String run(String goal, String sessionId) {
    LLMObsSpan workflow = LLMObs.startWorkflowSpan("agent.run", ML_APP, sessionId);
    try {
      workflow.annotateIO(goal, null);
      List<Step> steps = plan(goal, sessionId);
      StringBuilder transcript = new StringBuilder();
      for (Step step : steps) {
        transcript.append(runTool(step, sessionId)).append('\n');
      }
      workflow.annotateIO(goal, transcript.toString());
      return transcript.toString();
    } catch (RuntimeException e) {
      workflow.addThrowable(e);
      throw e;
    } finally {
      workflow.finish();
    }
  }

  List<Step> plan(String goal, String sessionId) {
    LLMObsSpan llm = LLMObs.startLLMSpan("planner", "gpt-4o-mini", "openai", ML_APP, sessionId);
    try {
      List<Step> steps = planner.plan(goal);
      llm.setMetric("plan.steps", steps.size());
      return steps;
    } finally {
      llm.finish();
    }
  }

  String runTool(Step step, String sessionId) {
    LLMObsSpan tool = LLMObs.startToolSpan(step.tool(), ML_APP, sessionId);
    try {
      String output = tools.run(step.tool(), step.input());
      tool.annotateIO(step.input(), output);
      return output;
    } catch (RuntimeException e) {
      tool.setError(true);
      tool.setErrorMessage(e.getMessage());
      throw e;
    } finally {
      tool.finish();
    }
  }

  /** A retrieval step written by another team: finished after the lookup only. */
  String retrieve(String query, String sessionId, Map<String, String> knowledgeBase) {
    LLMObsSpan retrieval = LLMObs.startRetrievalSpan("kb.lookup", ML_APP, sessionId); // tracelint-expect: UnclosedTrace
    String hit = knowledgeBase.entrySet().stream()
        .filter(entry -> query.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no knowledge for query"));
    retrieval.finish();
    return hit;
  }

  /** The same lookup with an empty answer instead of an exception, finished in finally. */
  String retrieveOrEmpty(String query, String sessionId, Map<String, String> knowledgeBase) {
    LLMObsSpan retrieval = LLMObs.startRetrievalSpan("kb.lookup", ML_APP, sessionId);
    try {
      return knowledgeBase.getOrDefault(query, "");
    } finally {
      retrieval.finish();
    }
  }
}
