package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import java.util.List;

/** Sentry performance monitoring for an agent: a transaction per run, a child span per step. */
public class RealisticAgentSentryTransactions {
  interface Step {
    String name();

    String execute(String state);
  }

  /** An empty goal returns between the start and the try: that transaction is never finished. */
  public String run(String goal, List<Step> steps) {
    ITransaction transaction = Sentry.startTransaction("agent.run", "ai.agent"); // tracelint-expect: UnclosedTrace -- 'transaction'
    transaction.setData("agent.steps", steps.size());
    if (goal.isBlank()) {
      transaction.setStatus(SpanStatus.INVALID_ARGUMENT);
      return "";
    }
    try {
      String state = goal;
      for (Step step : steps) {
        state = step.execute(state);
      }
      return state;
    } finally {
      transaction.finish();
    }
  }

  /**
   * The same early return, but the transaction is also passed to a helper: a hand-off anywhere in the method accepts
   * the start on every path (UnclosedTrace's documented limit), so this leak is not reported.
   */
  public String runHandingOff(String goal, List<Step> steps) {
    ITransaction transaction = Sentry.startTransaction("agent.run", "ai.agent");
    if (goal.isBlank()) {
      return "";
    }
    try {
      return runSteps(transaction, goal, steps);
    } finally {
      transaction.finish();
    }
  }

  /** The empty goal finishes before returning. */
  public String runChecked(String goal, List<Step> steps) {
    ITransaction transaction = Sentry.startTransaction("agent.run", "ai.agent");
    transaction.setData("agent.steps", steps.size());
    if (goal.isBlank()) {
      transaction.finish(SpanStatus.INVALID_ARGUMENT);
      return "";
    }
    try {
      return runSteps(transaction, goal, steps);
    } catch (RuntimeException e) {
      transaction.setThrowable(e);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      transaction.finish();
    }
  }

  /** Each step's child span is finished after the step returns: a throwing step leaves it open. */
  private String runSteps(ITransaction transaction, String goal, List<Step> steps) {
    String state = goal;
    for (Step step : steps) {
      ISpan span = transaction.startChild("ai.step", step.name()); // tracelint-expect: UnclosedTrace -- 'span'
      state = step.execute(state);
      span.setData("state.length", state.length());
      span.finish(SpanStatus.OK);
    }
    return state;
  }

  /** Child spans finished in finally. */
  public String runStepsFinished(ITransaction transaction, String goal, List<Step> steps) {
    String state = goal;
    for (Step step : steps) {
      ISpan span = transaction.startChild("ai.step", step.name());
      try {
        state = step.execute(state);
      } finally {
        span.finish();
      }
    }
    return state;
  }

  /** A dropped startTransaction is bound to the scope by Sentry's options and finished by the integration. */
  public void markRunStarted(String runId) {
    Sentry.startTransaction("agent.run " + runId, "ai.agent");
  }
}
