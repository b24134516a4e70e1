package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.CatalogConfigurationException;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * What every tracelint PMD rule does alike: run its rule's procedure from {@code analysis/} over each file and report
 * the findings ({@link ReportPositions}), take the {@code includeTestCode} property, and turn a malformed option into
 * PMD's "dysfunctional rule" with the catalogue's message, which names the entry.
 */
abstract class ProcedureRule extends AbstractJavaRulechainRule {
  private Procedure procedure;

  ProcedureRule() {
    super(ASTCompilationUnit.class);
    definePropertyDescriptor(TestCodeProperty.INCLUDE_TEST_CODE);
  }

  /**
   * The rule's procedure with the rule's own options applied (not the test-code policy).
   *
   * @throws CatalogConfigurationException when an option is malformed
   */
  abstract Procedure procedureWithOptions();

  /**
   * The procedure this rule runs, with every option set on it: for tools that want more than PMD reports, such as the
   * language server's quick fixes (the procedure's findings carry their fixes).
   *
   * @throws CatalogConfigurationException when an option is malformed
   */
  public final Procedure configuredProcedure() {
    return TestCodeProperty.applied(this, procedureWithOptions());
  }

  @Override
  public String dysfunctionReason() {
    try {
      configuredProcedure();
    } catch (CatalogConfigurationException e) {
      return e.getMessage();
    }
    return super.dysfunctionReason();
  }

  @Override
  public void start(RuleContext ctx) {
    super.start(ctx);
    // PMD calls start before every file; the options cannot change during an analysis, so the procedure and the
    // catalogue it parses are built once per rule instance.
    if (procedure == null) {
      procedure = configuredProcedure();
    }
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
