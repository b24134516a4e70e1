package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;

/** A nightly evaluation job that finishes Sentry transactions through static helpers of its class. */
public final class RealisticIssue10SentryFinishHelpers {
  interface Evaluator {
    double score(String datasetId);
  }

  private final Evaluator evaluator;

  RealisticIssue10SentryFinishHelpers(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  public double evaluate(String datasetId) {
    ITransaction transaction = Sentry.startTransaction("eval.run", "task"); // tracelint-expect: UnclosedTrace
    ISpan scoring = transaction.startChild("eval.score"); // tracelint-expect: UnclosedTrace
    double score = evaluator.score(datasetId);
    complete(scoring, score >= 0.5);
    complete(transaction, true);
    return score;
  }

  public double evaluateGuarded(String datasetId) {
    ITransaction transaction = Sentry.startTransaction("eval.run.guarded", "task");
    ISpan scoring = transaction.startChild("eval.score.guarded");
    boolean passed = false;
    try {
      double score = evaluator.score(datasetId);
      passed = score >= 0.5;
      return score;
    } finally {
      complete(scoring, passed);
      complete(transaction, passed);
    }
  }

  public void recordSkip(ITransaction parent, String datasetId) {
    ISpan skip = parent.startChild("eval.skip");
    skip.setData("dataset", datasetId);
    complete(skip, true);
  }

  private static void complete(ISpan span, boolean ok) {
    span.finish(ok ? SpanStatus.OK : SpanStatus.INTERNAL_ERROR);
  }
}
