package corpus.unclosedtrace.inhouse;

/** An in-house builder, configured as TraceBuilder#startTrace:end and TraceBuilder#start:end. */
public class TraceBuilder {
  public TraceBuilder withTag(String tag) {
    return this;
  }

  public AgentTrace startTrace() {
    return new AgentTrace();
  }

  public AgentTrace start() {
    return new AgentTrace();
  }
}
