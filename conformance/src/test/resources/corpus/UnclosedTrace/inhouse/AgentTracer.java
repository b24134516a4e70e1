package corpus.unclosedtrace.inhouse;

/** An in-house tracer, known to UnclosedTrace only through the StartMethods option (AgentTracer#startTrace:end). */
public class AgentTracer {
  public AgentTrace startTrace(String name) {
    return new AgentTrace();
  }

  public TraceBuilder traceBuilder(String name) {
    return new TraceBuilder();
  }
}
