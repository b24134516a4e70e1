package corpus.unclosedtrace.inhouse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An agent whose in-house tracer ends a step through the tracer itself, the step given
 * ({@code tracer.finishStep(step)}), declared with end methods marked for the owner:
 * StepTracer#beginStep:#finishStep|#failStep.
 */
class OwnerEndedSteps {
  interface Model {
    String complete(String prompt) throws IOException;
  }

  private final StepTracer tracer;
  private final Model model;
  private final Deque<StepTracer.Step> open = new ArrayDeque<>();

  OwnerEndedSteps(StepTracer tracer, Model model) {
    this.tracer = tracer;
    this.model = model;
  }

  String flagsFinishAfterAThrowingCall(String prompt) throws IOException {
    StepTracer.Step step = tracer.beginStep("plan"); // tracelint-expect: UnclosedTrace -- step 'step' is not ended on every path: call StepTracer.finishStep(..) in a finally block
    String plan = model.complete(prompt);
    tracer.finishStep(step);
    return plan;
  }

  String flagsEarlyReturnWithoutFinish(String prompt) throws IOException {
    StepTracer.Step step = tracer.beginStep("answer"); // tracelint-expect: UnclosedTrace
    try {
      if (prompt.isBlank()) {
        return "";
      }
      return model.complete(prompt);
    } catch (IOException e) {
      tracer.failStep(step, e);
      throw e;
    }
  }

  String acceptsFinishInFinally(String prompt) throws IOException {
    StepTracer.Step step = tracer.beginStep("summarise");
    try {
      return model.complete(prompt);
    } finally {
      tracer.finishStep(step);
    }
  }

  String acceptsFailInCatchAndFinishAfter(String prompt) throws IOException {
    StepTracer.Step step = tracer.beginStep("critique");
    String critique;
    try {
      critique = model.complete(prompt);
    } catch (Throwable failure) {
      tracer.failStep(step, failure);
      throw failure;
    }
    tracer.finishStep(step);
    return critique;
  }

  void acceptsStepKeptForLater(String name) {
    StepTracer.Step step = tracer.beginStep(name);
    open.push(step);
  }

  void acceptsAnnotationsBeforeTheFinish(String tool) {
    StepTracer.Step step = tracer.beginStep("tool");
    step.annotate("tool.name", tool);
    tracer.finishStep(step);
  }
}
