package corpus.unclosedtrace.inhouse;

/** An in-house step, configured as AgentStep#start:end; its start() returns the step itself. */
public class AgentStep {
  public AgentStep start() {
    return this;
  }

  public void end() {}

  public void fail() {}

  /** Creates steps that are not started yet. */
  public interface Factory {
    AgentStep create(String name);
  }
}
