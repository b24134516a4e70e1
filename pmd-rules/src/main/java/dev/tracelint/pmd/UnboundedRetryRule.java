package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.UnboundedRetry;

/**
 * UnboundedRetry for PMD: a retry that nothing limits. Hand-written retry loops with no attempt limit, deadline,
 * interruption check or giving-up path, methods that retry by calling themselves from their catch with no decreasing
 * attempt count, and retry-library settings that mean "no limit". The decision is {@link UnboundedRetry}'s, as for the
 * Error Prone check of the same name; see {@code docs/rules/UnboundedRetry.md}.
 */
public final class UnboundedRetryRule extends ProcedureRule {

  @Override
  Procedure procedureWithOptions() {
    return new UnboundedRetry();
  }
}
