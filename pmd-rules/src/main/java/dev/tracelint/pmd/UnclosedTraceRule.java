package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.UnclosedTrace;
import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.TraceCatalog;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * UnclosedTrace for PMD: a span, trace, step, transaction, segment, observation or scope obtained from a start call
 * that some path out of the method (an exception, a {@code return}, a {@code break}) can leave un-ended. The decision is
 * {@link UnclosedTrace}'s, as for the Error Prone check of the same name; see {@code docs/rules/UnclosedTrace.md}.
 */
public class UnclosedTraceRule extends AbstractJavaRulechainRule {

  /** How a configuration error names the option: the rule and PMD's spelling of the key. */
  static final String OPTION_NAME = "UnclosedTrace:startMethods";

  static final PropertyDescriptor<String> START_METHODS = PropertyFactory.stringProperty("startMethods")
      .desc("Start calls of in-house tracing SDKs, added to the built-in catalogue: comma-separated entries "
          + "OWNER#startMethod:endMethod[|endMethod...], e.g. com.example.agent.AgentTracer#startTrace:end")
      .defaultValue("")
      .build();

  private Procedure procedure;

  public UnclosedTraceRule() {
    super(ASTCompilationUnit.class);
    definePropertyDescriptor(START_METHODS);
    definePropertyDescriptor(TestCodeProperty.INCLUDE_TEST_CODE);
  }

  /** A malformed {@code startMethods} entry disables the rule with a message naming the entry. */
  @Override
  public String dysfunctionReason() {
    try {
      configuredProcedure();
      return null;
    } catch (CatalogConfigurationException e) {
      return e.getMessage();
    }
  }

  @Override
  public void start(RuleContext ctx) {
    // PMD calls start before every file; the options cannot change during an analysis, so the procedure and the
    // catalogue it parses are built once per rule instance.
    if (procedure == null) {
      procedure = configuredProcedure();
    }
  }

  /**
   * The procedure this rule runs, with the options set on it: for tools that want more than PMD reports, such as the
   * language server's quick fixes (the procedure's findings carry their fixes).
   *
   * @throws dev.tracelint.catalog.CatalogConfigurationException when an option is malformed
   */
  public Procedure configuredProcedure() {
    return TestCodeProperty.applied(this, new UnclosedTrace(configuredCatalog()));
  }

  private TraceCatalog configuredCatalog() {
    return TraceCatalog.withUserEntries(OPTION_NAME, getProperty(START_METHODS));
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
