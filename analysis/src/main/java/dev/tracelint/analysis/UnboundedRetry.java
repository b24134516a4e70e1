package dev.tracelint.analysis;

import dev.tracelint.analysis.RetryLoops.RecursiveRetry;
import dev.tracelint.analysis.RetryLoops.RetryLoop;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryProblem;
import java.util.List;

/**
 * UnboundedRetry: a retry that nothing bounds. A hand-written retry loop or self-call with no attempt limit, deadline
 * or way out, and a retry-library setting that means "no limit", as {@code docs/rules/UnboundedRetry.md} defines them.
 * Reported at the loop keyword, at the self-call's or setting's method name, at {@code new}, at the annotation.
 */
public final class UnboundedRetry implements Procedure {
  public static final String RULE = RetryProblem.UNBOUNDED.ruleName();

  @Override
  public String rule() {
    return RULE;
  }

  @Override
  public List<Finding> findings(SourceUnit unit) {
    RetryFindings findings = new RetryFindings(RULE);
    RetrySettings.addFindings(unit, RetryProblem.UNBOUNDED, findings);
    RetryLoops retries = RetryLoops.of(unit);
    for (RetryLoop retry : retries.loops()) {
      if (retry.unbounded() && !RetryLoops.inUntimedOverload(retry.loop())) {
        findings.add(retry.loop(), retry.polls() ? RetryCatalog.unboundedPollMessage()
            : RetryCatalog.unboundedLoopMessage());
      }
    }
    // a drain that puts the failed item back where its next turn takes from never empties while it keeps failing
    for (Stmt.Loop loop : TakingEndRequeues.endlessLoops(unit)) {
      findings.add(loop, RetryCatalog.unboundedRequeueMessage());
    }
    for (RecursiveRetry retry : retries.recursions()) {
      if (retry.unbounded()) {
        findings.add(retry.call(),
            RetryCatalog.unboundedRecursionMessage(retry.method().name(), retry.asynchronous()));
      }
    }
    return findings.inSourceOrder();
  }
}
