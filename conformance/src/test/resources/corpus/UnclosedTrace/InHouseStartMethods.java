package corpus.unclosedtrace;

import corpus.unclosedtrace.inhouse.AgentContext;
import corpus.unclosedtrace.inhouse.AgentJob;
import corpus.unclosedtrace.inhouse.AgentRun;
import corpus.unclosedtrace.inhouse.AgentScope;
import corpus.unclosedtrace.inhouse.AgentStep;
import corpus.unclosedtrace.inhouse.AgentTrace;
import corpus.unclosedtrace.inhouse.AgentTracer;
import corpus.unclosedtrace.inhouse.StepBuilder;
import corpus.unclosedtrace.inhouse.TraceBuilder;
import corpus.unclosedtrace.reports.ReportClient;

/**
 * An in-house SDK taught to the rule by the StartMethods option (see UserOptions): what the option's entries start,
 * and how PMD without an auxclasspath (where none of these types resolve) tells them from look-alikes by imports and
 * names alone.
 */
public class InHouseStartMethods {
  private final AgentTracer tracer;
  private final ReportClient reports;

  public InHouseStartMethods(AgentTracer tracer, ReportClient reports) {
    this.tracer = tracer;
    this.reports = reports;
  }

  public void flagsATraceEndedOnTheNormalPathOnly() {
    AgentTrace trace = tracer.startTrace("agent.run"); // tracelint-expect: UnclosedTrace -- trace 'trace' is not ended on every path: call trace.end() in a finally block
    callTool();
    trace.end();
  }

  public void flagsAStepNeverEnded(AgentTrace trace) {
    AgentStep step = trace.startStep("search"); // tracelint-expect: UnclosedTrace -- step 'step' is not ended on every path: call step.end() in a finally block
    callTool();
  }

  public void acceptsAnyConfiguredEndMethodInFinally() {
    AgentTrace trace = tracer.startTrace("agent.run");
    try {
      AgentStep step = trace.startStep("search");
      try {
        callTool();
      } finally {
        step.fail();
      }
    } finally {
      trace.end();
    }
  }

  public void acceptsTheStartNameOnAnotherPackagesType() {
    Object trace = reports.startTrace("report");
    callTool();
  }

  public void flagsABuilderChainEndingInADistinctiveStart() {
    AgentTrace trace = tracer.traceBuilder("agent.run")
        .withTag("tenant")
        .startTrace(); // tracelint-expect: UnclosedTrace
    callTool();
    trace.end();
  }

  /** Without types, a one-word start() at the end of a chain has no owner type to stand on: only types can tell. */
  public void flagsAOneWordStartOfAChainOnlyWithTypes(corpus.unclosedtrace.sdk.Job job) {
    AgentTrace trace = tracer.traceBuilder("agent.run").start(); // tracelint-expect-with-types: UnclosedTrace
    corpus.unclosedtrace.sdk.Job started = job.start();
    callTool();
    trace.end();
    started.end();
  }

  public void flagsAOneWordStartOnTheOwnersType(TraceBuilder builder) {
    AgentTrace trace = builder.start(); // tracelint-expect: UnclosedTrace
    callTool();
    trace.end();
  }

  public void flagsAConfiguredScopeClosedOnTheNormalPathOnly(AgentContext context) {
    AgentScope scope = context.attach(); // tracelint-expect: UnclosedTrace -- scope 'scope' is not closed on every path
    callTool();
    scope.close();
  }

  public void acceptsAConfiguredScopeInTryWithResources(AgentContext context) {
    try (AgentScope scope = context.attach()) {
      callTool();
    }
  }

  public void flagsAStepStartedThroughItsReceiver(AgentStep.Factory factory) {
    AgentStep step = factory.create("search");
    step.start(); // tracelint-expect: UnclosedTrace -- span 'step' is not ended on every path
    callTool();
    step.end();
  }

  public void flagsABuildersStartWhoseStepIsDropped(StepBuilder builder) {
    // The builder's start() returns a new step, not the builder: the started step is dropped (types show it).
    builder.start(); // tracelint-expect-with-types: UnclosedTrace -- span started by start()
    callTool();
  }

  public void flagsADistinctiveStartOnASubtypeOfTheOwner(AgentRun run) {
    AgentStep step = run.startStep("search"); // tracelint-expect: UnclosedTrace
    callTool();
    step.end();
  }

  public void acceptsAOneWordStartOfAnotherTypeOfTheSdk(AgentJob job) {
    AgentStep step = job.start();
    callTool();
    step.end();
  }

  private static void callTool() {
    Remote.call();
  }
}
