package dev.tracelint.pmd;

import dev.tracelint.analysis.ExitBeforeTraceFlush;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.PipelineCatalog;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * ExitBeforeTraceFlush for PMD: a process exit ({@code System.exit}, {@code Runtime#halt}, {@code main} or a Lambda
 * {@code handleRequest} returning) reached while a trace pipeline the code owns has not been flushed or closed. The
 * decision is {@link ExitBeforeTraceFlush}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/ExitBeforeTraceFlush.md}.
 */
public class ExitBeforeTraceFlushRule extends ProcedureRule {

  /** How a configuration error names the option: the rule and PMD's spelling of the key. */
  static final String OPTION_NAME = "ExitBeforeTraceFlush:pipelines";

  static final PropertyDescriptor<String> PIPELINES = PropertyFactory.stringProperty("pipelines")
      .desc("In-house trace pipelines, added to the built-in catalogue: comma-separated entries "
          + "OWNER#createMethod:completeMethod[|completeMethod...], e.g. com.example.agent.AgentTracer#create:close|flush")
      .defaultValue("")
      .build();

  public ExitBeforeTraceFlushRule() {
    definePropertyDescriptor(PIPELINES);
  }

  @Override
  Procedure procedureWithOptions() {
    return new ExitBeforeTraceFlush(configuredCatalog());
  }

  private PipelineCatalog configuredCatalog() {
    return PipelineCatalog.withUserEntries(OPTION_NAME, getProperty(PIPELINES));
  }
}
