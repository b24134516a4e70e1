package dev.tracelint.analysis;

import dev.tracelint.analysis.RetryLoops.RecursiveRetry;
import dev.tracelint.analysis.RetryLoops.RetryLoop;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryProblem;
import java.util.List;

/**
 * RetryWithoutBackoff: a retry that tries again at once. A hand-written retry loop or self-call with no wait call on
 * its way back to the next attempt, and a retry-library setting that turns the wait off, as
 * {@code docs/rules/RetryWithoutBackoff.md} defines them. Reported where UnboundedRetry reports.
 */
public final class RetryWithoutBackoff implements Procedure {
  public static final String RULE = RetryProblem.NO_WAIT.ruleName();

  private final RetryWaits waits;

  /** @param catalog the waits: the defaults, plus the user's {@code BackoffMethods} */
  public RetryWithoutBackoff(RetryCatalog catalog) {
    this.waits = new RetryWaits(catalog);
  }

  @Override
  public String rule() {
    return RULE;
  }

  @Override
  public List<Finding> findings(SourceUnit unit) {
    RetryFindings findings = new RetryFindings(RULE);
    RetrySettings.addFindings(unit, RetryProblem.NO_WAIT, findings);
    RetryLoops retries = RetryLoops.of(unit);
    // a conflict (a lost optimistic lock, an expired token) is resolved by trying again at once, a repaired request is
    // a new one: waiting helps neither
    for (RetryLoop retry : retries.loops()) {
      if (!retry.waitWouldNotHelp() && !waits.appearIn(retry.loop())) {
        findings.add(retry.loop(), retry.polls() ? RetryCatalog.noWaitPollMessage()
            : RetryCatalog.noWaitLoopMessage());
      }
    }
    // a drain that puts the failed item back where its next turn takes from retries that item at once
    for (Stmt.Loop loop : TakingEndRequeues.loops(unit, waits)) {
      findings.add(loop, RetryCatalog.noWaitRequeueMessage());
    }
    for (RecursiveRetry retry : retries.recursions()) {
      // an asynchronous retry's wait may be in the failure handler itself (Mono.delay(..).then(call()))
      if (!retry.waitWouldNotHelp() && !waits.appearIn(retry.method().body())
          && !(retry.asynchronous() && waits.appearIn(Nodes.enclosing(retry.call(), Expr.Lambda.class)))) {
        findings.add(retry.call(),
            RetryCatalog.noWaitRecursionMessage(retry.method().name(), retry.asynchronous()));
      }
    }
    return findings.inSourceOrder();
  }
}
