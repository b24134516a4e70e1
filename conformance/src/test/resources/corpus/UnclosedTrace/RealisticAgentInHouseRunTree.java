package corpus.unclosedtrace;

import corpus.unclosedtrace.inhouse.AgentStep;
import corpus.unclosedtrace.inhouse.AgentTrace;
import corpus.unclosedtrace.inhouse.AgentTracer;
import java.util.List;

/** An in-house run-tree tracer (LangSmith-like: a root run, child runs per step) configured with StartMethods. */
public class RealisticAgentInHouseRunTree {
  interface Retriever {
    List<String> retrieve(String query);
  }

  interface Generator {
    String generate(String query, List<String> documents);
  }

  private final AgentTracer tracer;
  private final Retriever retriever;
  private final Generator generator;

  RealisticAgentInHouseRunTree(AgentTracer tracer, Retriever retriever, Generator generator) {
    this.tracer = tracer;
    this.retriever = retriever;
    this.generator = generator;
  }

  /** The child runs end in catch(Throwable) or on the normal path; the root run in finally. */
  public String answer(String query) {
    AgentTrace root = tracer.startTrace("rag.answer");
    try {
      AgentStep retrieval = root.startStep("retrieve");
      List<String> documents;
      try {
        documents = retriever.retrieve(query);
      } catch (Throwable t) {
        retrieval.fail();
        throw t;
      }
      retrieval.end();
      AgentStep generation = root.startStep("generate");
      try {
        return generator.generate(query, documents);
      } finally {
        generation.end();
      }
    } finally {
      root.end();
    }
  }

  /** The retrieval run fails in a catch for runtime exceptions only, and a generation run is ended on success only. */
  public String answerLoosely(String query) {
    AgentTrace root = tracer.startTrace("rag.answer");
    try {
      AgentStep retrieval = root.startStep("retrieve"); // tracelint-expect: UnclosedTrace -- 'retrieval'
      List<String> documents;
      try {
        documents = retriever.retrieve(query);
      } catch (RuntimeException e) {
        retrieval.fail();
        throw e;
      }
      retrieval.end();
      AgentStep generation = root.startStep("generate"); // tracelint-expect: UnclosedTrace -- 'generation'
      String answer = generator.generate(query, documents);
      generation.end();
      return answer;
    } finally {
      root.end();
    }
  }

  /** The root run ends only when no document was found; otherwise it is returned to the caller, who owns it. */
  public AgentTrace openRun(String query) {
    AgentTrace root = tracer.startTrace("rag.session");
    if (query.isEmpty()) {
      root.end();
      return null;
    }
    return root;
  }
}
