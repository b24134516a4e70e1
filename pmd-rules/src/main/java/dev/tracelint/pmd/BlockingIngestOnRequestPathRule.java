package dev.tracelint.pmd;

import dev.tracelint.analysis.BlockingIngestOnRequestPath;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.RequestPathCatalog;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * BlockingIngestOnRequestPath for PMD: a request handler that waits for telemetry to be exported, a synchronous flush,
 * export, close or shutdown of the tracing pipeline, written in the handler or in a private or final helper it calls.
 * The decision is {@link BlockingIngestOnRequestPath}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/BlockingIngestOnRequestPath.md}.
 */
public class BlockingIngestOnRequestPathRule extends AbstractJavaRulechainRule {

  static final PropertyDescriptor<String> HANDLER_ANNOTATIONS = PropertyFactory.stringProperty("handlerAnnotations")
      .desc("Extra annotation types (fully qualified, comma-separated) that make a method a request handler")
      .defaultValue("")
      .build();

  static final PropertyDescriptor<String> BLOCKING_CALLS = PropertyFactory.stringProperty("blockingCalls")
      .desc("Extra blocking telemetry calls as OWNER#method entries, comma-separated, e.g. "
          + "com.example.agent.AgentTracer#flush")
      .defaultValue("")
      .build();

  private Procedure procedure;

  public BlockingIngestOnRequestPathRule() {
    super(ASTCompilationUnit.class);
    definePropertyDescriptor(HANDLER_ANNOTATIONS);
    definePropertyDescriptor(BLOCKING_CALLS);
    definePropertyDescriptor(TestCodeProperty.INCLUDE_TEST_CODE);
  }

  /** A malformed option makes PMD drop the rule with this reason, which names the option and the entry. */
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
    // PMD calls start before every file; the options cannot change during an analysis, so the procedure and the
    // catalogue it parses are built once per rule instance.
    if (procedure == null) {
      procedure = configuredProcedure();
    }
  }

  private Procedure configuredProcedure() {
    return TestCodeProperty.applied(this, new BlockingIngestOnRequestPath(handlerCatalog(), callCatalog()));
  }

  private RequestPathCatalog handlerCatalog() {
    return RequestPathCatalog.withUserEntries(
        BlockingIngestOnRequestPath.RULE + ":" + RequestPathCatalog.HANDLER_ANNOTATIONS_OPTION,
        getProperty(HANDLER_ANNOTATIONS));
  }

  private BlockingCallCatalog callCatalog() {
    return BlockingCallCatalog.withUserEntries(
        BlockingIngestOnRequestPath.RULE + ":" + BlockingCallCatalog.BLOCKING_CALLS_OPTION,
        getProperty(BLOCKING_CALLS));
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
