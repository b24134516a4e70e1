package corpus.unclosedtrace;

import datadog.trace.api.llmobs.LLMObs;
import datadog.trace.api.llmobs.LLMObsSpan;

/** Datadog LLM Observability (dd-trace-api): the LLMObs.start*Span calls start a span that finish() ends. */
public class DatadogLlmObsSpans {

  public String flagsLlmSpanFinishedOnTheNormalPathOnly(String prompt) {
    LLMObsSpan span = LLMObs.startLLMSpan("chat", "gpt-4o", "openai", null, null); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path: call span.finish() in a finally block
    String answer = complete(prompt);
    span.annotateIO(prompt, answer);
    span.finish();
    return answer;
  }

  public void flagsWorkflowAndToolSpansNeverFinished() {
    LLMObsSpan workflow = LLMObs.startWorkflowSpan("plan", null, null); // tracelint-expect: UnclosedTrace -- span 'workflow'
    LLMObsSpan tool = LLMObs.startToolSpan("search", null, null); // tracelint-expect: UnclosedTrace -- span 'tool'
    complete("x");
  }

  public String acceptsAgentSpanFinishedInFinally(String task) {
    LLMObsSpan agent = LLMObs.startAgentSpan("agent", "app", "session-1");
    agent.setTag("task", "triage");
    try {
      return complete(task);
    } catch (RuntimeException e) {
      agent.addThrowable(e);
      throw e;
    } finally {
      agent.finish();
    }
  }

  public void acceptsTaskRetrievalAndEmbeddingSpansFinishedInFinally() {
    LLMObsSpan task = LLMObs.startTaskSpan("rank", null, null);
    try {
      LLMObsSpan retrieval = LLMObs.startRetrievalSpan("fetch", null, null);
      try {
        complete("fetch");
      } finally {
        retrieval.finish();
      }
      LLMObsSpan embedding = LLMObs.startEmbeddingSpan("embed", null, "openai", "text-embedding-3", null);
      try {
        complete("embed");
      } finally {
        embedding.finish();
      }
    } finally {
      task.finish();
    }
  }

  public LLMObsSpan acceptsSpanHandedToTheCaller() {
    return LLMObs.startLLMSpan("chat", "gpt-4o", "openai", null, null);
  }

  private String complete(String prompt) {
    Remote.call();
    return prompt;
  }
}
