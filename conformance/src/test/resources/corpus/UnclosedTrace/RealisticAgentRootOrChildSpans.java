package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.sentry.ISpan;
import io.sentry.Sentry;

/**
 * A sub-agent dispatcher that starts a root span for a new conversation and a child span for a delegated task, chosen
 * by a conditional expression held in one local. The local holds whichever start ran, and the same statements end it:
 * ended in a finally it is fine, ended after a call that can throw it leaks (reported once, at the first start).
 */
public class RealisticAgentRootOrChildSpans {
  interface SubAgent {
    String run(String task);
  }

  private final Tracer tracer;
  private final SubAgent agent;
  private Span sessionSpan;

  public RealisticAgentRootOrChildSpans(Tracer tracer, SubAgent agent) {
    this.tracer = tracer;
    this.agent = agent;
  }

  public String acceptsEitherSpanEndedInAFinally(Context parent, String task) {
    Span span = parent == null
        ? tracer.spanBuilder("subagent.conversation").setNoParent().startSpan()
        : tracer.spanBuilder("subagent.task").setParent(parent).startSpan();
    try (Scope scope = span.makeCurrent()) {
      return agent.run(task);
    } finally {
      span.end();
    }
  }

  public String acceptsAStartOrANoOpSpanEndedInAFinally(boolean sampled, String task) {
    Span span = sampled ? tracer.spanBuilder("subagent.sampled").startSpan() : Span.getInvalid();
    try {
      return agent.run(task);
    } finally {
      span.end();
    }
  }

  public Span acceptsAConditionalStartReturnedToTheCaller(Context parent) {
    return parent == null
        ? tracer.spanBuilder("subagent.opened").startSpan()
        : tracer.spanBuilder("subagent.opened.child").setParent(parent).startSpan();
  }

  public void acceptsAConditionalStartKeptInAField(boolean resumed) {
    sessionSpan = resumed
        ? tracer.spanBuilder("subagent.session.resumed").startSpan()
        : tracer.spanBuilder("subagent.session").startSpan();
  }

  public String reportsEitherSpanEndedAfterTheRun(Context parent, String task) {
    Span span = parent == null
        ? tracer.spanBuilder("subagent.conversation.quick").setNoParent().startSpan() // tracelint-expect: UnclosedTrace
        : tracer.spanBuilder("subagent.task.quick").setParent(parent).startSpan();
    String reply = agent.run(task);
    span.end();
    return reply;
  }

  public String reportsAStartOrANoOpSpanEndedAfterTheRun(boolean sampled, String task) {
    Span span = sampled ? tracer.spanBuilder("subagent.sampled.quick").startSpan() : Span.getInvalid(); // tracelint-expect: UnclosedTrace
    String reply = agent.run(task);
    span.end();
    return reply;
  }

  public void acceptsASentryChildOrTransactionOpenedInAHook(String route) {
    ISpan active = Sentry.getSpan();
    ISpan request = active != null ? active.startChild("subagent.route") : Sentry.startTransaction(route, "agent");
    request.setTag("route", route);
  }

  public void finishSentryRequest() {
    ISpan request = Sentry.getSpan();
    if (request != null) {
      request.finish();
    }
  }

  public void endSession() {
    if (sessionSpan != null) {
      sessionSpan.end();
    }
  }
}
