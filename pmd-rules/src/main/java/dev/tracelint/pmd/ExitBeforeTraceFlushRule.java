package dev.tracelint.pmd;

import dev.tracelint.analysis.ExitBeforeTraceFlush;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.PipelineCatalog;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * ExitBeforeTraceFlush for PMD: a process exit ({@code System.exit}, {@code Runtime#halt}, {@code main} or a Lambda
 * {@code handleRequest} returning) reached while a trace pipeline the code owns has not been flushed or closed. The
 * decision is {@link ExitBeforeTraceFlush}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/ExitBeforeTraceFlush.md}.
 */
public class ExitBeforeTraceFlushRule extends AbstractJavaRulechainRule {

  /** How a configuration error names the option: the rule and PMD's spelling of the key. */
  static final String OPTION_NAME = "ExitBeforeTraceFlush:pipelines";

  static final PropertyDescriptor<String> PIPELINES = PropertyFactory.stringProperty("pipelines")
      .desc("In-house trace pipelines, added to the built-in catalogue: comma-separated entries "
          + "OWNER#createMethod:completeMethod[|completeMethod...], e.g. com.example.agent.AgentTracer#create:close|flush")
      .defaultValue("")
      .build();

  private Procedure procedure;

  public ExitBeforeTraceFlushRule() {
    super(ASTCompilationUnit.class);
    definePropertyDescriptor(PIPELINES);
    definePropertyDescriptor(TestCodeProperty.INCLUDE_TEST_CODE);
  }

  /** A malformed {@code pipelines} entry disables the rule with a message naming the entry. */
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

  private Procedure configuredProcedure() {
    return TestCodeProperty.applied(this, new ExitBeforeTraceFlush(configuredCatalog()));
  }

  private PipelineCatalog configuredCatalog() {
    return PipelineCatalog.withUserEntries(OPTION_NAME, getProperty(PIPELINES));
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
