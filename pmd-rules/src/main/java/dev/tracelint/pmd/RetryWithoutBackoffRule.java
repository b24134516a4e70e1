package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.RetryWithoutBackoff;
import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.RetryCatalog;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * RetryWithoutBackoff for PMD: a retry whose failure path goes straight back to the next attempt. Hand-written retry
 * loops (bounded or not) and self-retrying methods with no wait call on the way back, and retry-library settings that
 * turn the wait off. In-house wait helpers are added with the {@code backoffMethods} property. The decision is
 * {@link RetryWithoutBackoff}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/RetryWithoutBackoff.md}.
 */
public final class RetryWithoutBackoffRule extends AbstractJavaRulechainRule {

  static final PropertyDescriptor<String> BACKOFF_METHODS = PropertyFactory.stringProperty("backoffMethods")
      .desc("In-house wait or backoff helpers that count as waiting between attempts, comma-separated OWNER#method"
          + " entries (e.g. com.example.agent.Pacer#hold); they extend the built-in list")
      .defaultValue("")
      .build();

  private Procedure procedure;

  public RetryWithoutBackoffRule() {
    super(ASTCompilationUnit.class);
    definePropertyDescriptor(BACKOFF_METHODS);
    definePropertyDescriptor(TestCodeProperty.INCLUDE_TEST_CODE);
  }

  /** A malformed {@code backoffMethods} entry makes PMD drop the rule with this reason, which names the entry. */
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
    // PMD calls start before every file; the options cannot change during an analysis, so the procedure and the
    // catalogue it parses are built once per rule instance.
    if (procedure == null) {
      procedure = configuredProcedure();
    }
  }

  private Procedure configuredProcedure() {
    return TestCodeProperty.applied(this, new RetryWithoutBackoff(configuredCatalog()));
  }

  private RetryCatalog configuredCatalog() {
    return RetryCatalog.withBackoffMethods(BACKOFF_METHODS.name(), getProperty(BACKOFF_METHODS));
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
