package corpus.unclosedtrace.inhouse;

/** Another type of the SDK's package whose one-word start() is not configured. */
public class AgentJob {
  public AgentStep start() {
    return new AgentStep();
  }
}
