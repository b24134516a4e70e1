package corpus.unclosedtrace.inhouse;

/** The scope AgentContext#attach opens. */
public class AgentScope implements AutoCloseable {
  @Override
  public void close() {}
}
