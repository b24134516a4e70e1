package corpus.unclosedtrace.inhouse;

/**
 * A run record posted when it starts and patched when it ends (the shape of LangSmith's Java {@code RunTree}:
 * {@code postRun()} then {@code patchRun()}), configured as RunRecord#post:patch: a start that returns nothing.
 */
public class RunRecord {
  public static RunRecord named(String name) {
    return new RunRecord();
  }

  public RunRecord child(String name) {
    return new RunRecord();
  }

  public void post() {}

  public void setOutputs(String outputs) {}

  public void setError(String error) {}

  public void patch() {}
}
