package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.UnboundedRetry;
import dev.tracelint.catalog.CatalogConfigurationException;
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
  private Procedure procedure;

  public UnboundedRetryRule() {
    super(ASTCompilationUnit.class);
    definePropertyDescriptor(TestCodeProperty.INCLUDE_TEST_CODE);
  }

  /** A malformed {@code includeTestCode} makes PMD drop the rule with this reason, which names the value. */
  @Override
  public String dysfunctionReason() {
    try {
      configuredProcedure();
      return super.dysfunctionReason();
    } catch (CatalogConfigurationException e) {
      return e.getMessage();
    }
  }

  @Override
  public void start(RuleContext ctx) {
    super.start(ctx);
    // PMD calls start before every file; the option cannot change during an analysis.
    if (procedure == null) {
      procedure = configuredProcedure();
    }
  }

  private Procedure configuredProcedure() {
    return TestCodeProperty.applied(this, new UnboundedRetry());
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
