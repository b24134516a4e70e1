package corpus.unclosedtrace;

import datadog.trace.api.llmobs.LLMObs;
import datadog.trace.api.llmobs.LLMObsSpan;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/** Micrometer Tracing and Datadog LLM Observability spans, ended in finally. */
public class RealisticCleanMicrometerAndLlmObs {
  interface Llm {
    String generate(String prompt);
  }

  private final Tracer tracer;
  private final Llm llm;

  RealisticCleanMicrometerAndLlmObs(Tracer tracer, Llm llm) {
    this.tracer = tracer;
    this.llm = llm;
  }

  public String generateTraced(String prompt) {
    Span span = tracer.nextSpan().name("llm.generate").start();
    try (Tracer.SpanInScope ws = tracer.withSpan(span)) {
      span.tag("prompt.length", String.valueOf(prompt.length()));
      return llm.generate(prompt);
    } catch (RuntimeException e) {
      span.error(e);
      throw e;
    } finally {
      span.end();
    }
  }

  public String generateWithLlmObs(String prompt, String sessionId) {
    LLMObsSpan span = LLMObs.startLLMSpan("generate", "gpt-4o-mini", "openai", "support-bot", sessionId);
    try {
      String answer = llm.generate(prompt);
      span.annotateIO(prompt, answer);
      return answer;
    } catch (RuntimeException e) {
      span.addThrowable(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  public String workflow(String prompt, String sessionId) {
    LLMObsSpan workflow = LLMObs.startWorkflowSpan("answer", "support-bot", sessionId);
    try {
      return generateWithLlmObs(prompt, sessionId);
    } finally {
      workflow.finish();
    }
  }
}
