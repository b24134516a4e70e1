package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.UnclosedTrace;
import dev.tracelint.catalog.TraceCatalog;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * UnclosedTrace for PMD: a span, trace, step, transaction, segment, observation or scope obtained from a start call
 * that some path out of the method (an exception, a {@code return}, a {@code break}) can leave un-ended. The decision is
 * {@link UnclosedTrace}'s, as for the Error Prone check of the same name; see {@code docs/rules/UnclosedTrace.md}.
 */
public class UnclosedTraceRule extends ProcedureRule {

  /** How a configuration error names the option: the rule and PMD's spelling of the key. */
  static final String OPTION_NAME = "UnclosedTrace:startMethods";

  static final PropertyDescriptor<String> START_METHODS = PropertyFactory.stringProperty("startMethods")
      .desc("Start calls of in-house tracing SDKs, added to the built-in catalogue: comma-separated entries "
          + "OWNER#startMethod:endMethod[|endMethod...], e.g. com.example.agent.AgentTracer#startTrace:end; "
          + "#endMethod for an end called on the owner (com.example.agent.StepTracer#beginStep:#finishStep)")
      .defaultValue("")
      .build();

  public UnclosedTraceRule() {
    definePropertyDescriptor(START_METHODS);
  }

  @Override
  Procedure procedureWithOptions() {
    return new UnclosedTrace(configuredCatalog());
  }

  private TraceCatalog configuredCatalog() {
    return TraceCatalog.withUserEntries(OPTION_NAME, getProperty(START_METHODS));
  }
}
