package dev.tracelint.pmd;

import dev.tracelint.analysis.BlockingIngestOnRequestPath;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.RequestPathCatalog;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * BlockingIngestOnRequestPath for PMD: a request handler that waits for telemetry to be exported, a synchronous flush,
 * export, close or shutdown of the tracing pipeline, written in the handler or in a private or final helper it calls.
 * The decision is {@link BlockingIngestOnRequestPath}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/BlockingIngestOnRequestPath.md}.
 */
public class BlockingIngestOnRequestPathRule extends ProcedureRule {

  static final PropertyDescriptor<String> HANDLER_ANNOTATIONS = PropertyFactory.stringProperty("handlerAnnotations")
      .desc("Extra annotation types (fully qualified, comma-separated) that make a method a request handler")
      .defaultValue("")
      .build();

  static final PropertyDescriptor<String> BLOCKING_CALLS = PropertyFactory.stringProperty("blockingCalls")
      .desc("Extra blocking telemetry calls as OWNER#method entries, comma-separated, e.g. "
          + "com.example.agent.AgentTracer#flush")
      .defaultValue("")
      .build();

  public BlockingIngestOnRequestPathRule() {
    definePropertyDescriptor(HANDLER_ANNOTATIONS);
    definePropertyDescriptor(BLOCKING_CALLS);
  }

  @Override
  Procedure procedureWithOptions() {
    return new BlockingIngestOnRequestPath(handlerCatalog(), callCatalog());
  }

  private RequestPathCatalog handlerCatalog() {
    return RequestPathCatalog.withUserEntries(
        BlockingIngestOnRequestPath.RULE + ":" + HANDLER_ANNOTATIONS.name(),
        getProperty(HANDLER_ANNOTATIONS));
  }

  private BlockingCallCatalog callCatalog() {
    return BlockingCallCatalog.withUserEntries(
        BlockingIngestOnRequestPath.RULE + ":" + BLOCKING_CALLS.name(),
        getProperty(BLOCKING_CALLS));
  }
}
