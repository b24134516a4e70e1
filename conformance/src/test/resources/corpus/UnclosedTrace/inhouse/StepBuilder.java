package corpus.unclosedtrace.inhouse;

/** An in-house builder, configured as StepBuilder#start:end: its start() builds a new step, it holds none. */
public class StepBuilder {
  public AgentStep start() {
    return new AgentStep();
  }
}
