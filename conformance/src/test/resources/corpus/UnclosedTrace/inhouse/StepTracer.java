package corpus.unclosedtrace.inhouse;

/**
 * An in-house tracer whose steps are ended through the tracer, the step given: configured as
 * StepTracer#beginStep:#finishStep|#failStep.
 */
public class StepTracer {
  /** A step of an agent run: a handle only, the tracer keeps its state. */
  public static final class Step {
    private final String name;

    Step(String name) {
      this.name = name;
    }

    public void annotate(String key, String value) {}

    public String name() {
      return name;
    }
  }

  public Step beginStep(String name) {
    return new Step(name);
  }

  public void finishStep(Step step) {}

  public void failStep(Step step, Throwable failure) {}
}
