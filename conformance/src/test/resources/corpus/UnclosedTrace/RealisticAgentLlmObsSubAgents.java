package corpus.unclosedtrace;

import datadog.trace.api.llmobs.LLMObs;
import datadog.trace.api.llmobs.LLMObsSpan;
import java.util.List;
import java.util.Map;

/** Datadog LLM Observability: an orchestrator agent span with sub-agent, tool and LLM spans nested in it. */
public class RealisticAgentLlmObsSubAgents {
  interface SubAgent {
    String name();

    String delegate(String task);
  }

  interface Llm {
    String complete(String prompt);
  }

  private final Llm llm;
  private final List<SubAgent> subAgents;

  RealisticAgentLlmObsSubAgents(Llm llm, List<SubAgent> subAgents) {
    this.llm = llm;
    this.subAgents = subAgents;
  }

  /** The failure is recorded and the span finished in catch (RuntimeException): an Error leaves it open. */
  public String orchestrate(String task, String sessionId) {
    LLMObsSpan agent = LLMObs.startAgentSpan("orchestrator", "support-bot", sessionId); // tracelint-expect: UnclosedTrace -- 'agent'
    try {
      String plan = llm.complete("Plan: " + task);
      agent.annotateIO(task, plan);
      for (SubAgent sub : subAgents) {
        plan = delegate(sub, plan, sessionId);
      }
      agent.setMetadata(Map.of("sub_agents", subAgents.size()));
    } catch (RuntimeException e) {
      agent.addThrowable(e);
      agent.finish();
      throw e;
    }
    agent.finish();
    return task;
  }

  /** Finished in catch (Throwable) and at the end of the try: every path finishes it. */
  public String delegate(SubAgent sub, String plan, String sessionId) {
    LLMObsSpan span = LLMObs.startAgentSpan(sub.name(), "support-bot", sessionId);
    try {
      String result = sub.delegate(plan);
      span.annotateIO(plan, result);
      span.finish();
      return result;
    } catch (Throwable t) {
      span.addThrowable(t);
      span.finish();
      throw t;
    }
  }

  /** The canonical form: finished in finally. */
  public String lookup(String query, String sessionId) {
    LLMObsSpan tool = LLMObs.startToolSpan("kb.lookup", "support-bot", sessionId);
    try {
      String answer = llm.complete("Search: " + query);
      tool.annotateIO(query, answer);
      return answer;
    } catch (RuntimeException e) {
      tool.setError(true);
      tool.setErrorMessage(e.getMessage());
      throw e;
    } finally {
      tool.finish();
    }
  }

  /** A sub-agent's task span finished only after the answer was checked; the check throws on an empty answer. */
  public String summarize(String text, String sessionId) {
    LLMObsSpan task = LLMObs.startTaskSpan("summarize", "support-bot", sessionId); // tracelint-expect: UnclosedTrace -- 'task'
    String summary = llm.complete("Summarize: " + text);
    if (summary.isBlank()) {
      throw new IllegalStateException("empty summary");
    }
    task.annotateIO(text, summary);
    task.finish();
    return summary;
  }
}
