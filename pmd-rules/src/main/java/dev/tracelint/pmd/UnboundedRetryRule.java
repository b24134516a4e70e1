package dev.tracelint.pmd;

import dev.tracelint.analysis.UnboundedRetry;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * UnboundedRetry for PMD: a retry that nothing limits. Hand-written retry loops with no attempt limit, deadline,
 * interruption check or giving-up path, methods that retry by calling themselves from their catch with no decreasing
 * attempt count, and retry-library settings that mean "no limit". The decision is {@link UnboundedRetry}'s, as for the
 * Error Prone check of the same name; see {@code docs/rules/UnboundedRetry.md}.
 */
public final class UnboundedRetryRule extends AbstractJavaRulechainRule {
  private final UnboundedRetry procedure = new UnboundedRetry();

  public UnboundedRetryRule() {
    super(ASTCompilationUnit.class);
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
