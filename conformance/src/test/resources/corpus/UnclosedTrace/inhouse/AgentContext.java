package corpus.unclosedtrace.inhouse;

/** An in-house context, configured as AgentContext#attach:close: attach() opens a scope. */
public class AgentContext {
  public AgentScope attach() {
    return new AgentScope();
  }
}
