package corpus.unclosedtrace.inhouse;

/** An in-house trace: configured as AgentTrace#startStep:end|fail, so a step ends with end() or fail(). */
public class AgentTrace {
  public AgentStep startStep(String name) {
    return new AgentStep();
  }

  public void end() {}
}
