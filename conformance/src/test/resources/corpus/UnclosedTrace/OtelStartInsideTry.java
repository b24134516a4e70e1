package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Starts assigned to a variable declared earlier: inside a try whose finally ends it, in branches, one after the other,
 * or followed by an assignment of a value that is not a start.
 */
public class OtelStartInsideTry {
  private final Tracer tracer;

  public OtelStartInsideTry(Tracer tracer) {
    this.tracer = tracer;
  }

  public void startedInsideTry() {
    Span span = null;
    try {
      prepare();
      span = tracer.spanBuilder("tool").startSpan();
      callTool();
    } finally {
      if (span != null) {
        span.end();
      }
    }
  }

  public void startedInBranches(boolean root) {
    Span span;
    if (root) {
      span = tracer.spanBuilder("root").setNoParent().startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    } else {
      span = tracer.spanBuilder("child").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    }
    callTool();
    span.end();
  }

  public void startedInBranchesEndedInFinally(boolean root) {
    Span span;
    if (root) {
      span = tracer.spanBuilder("root").setNoParent().startSpan();
    } else {
      span = tracer.spanBuilder("child").startSpan();
    }
    try {
      callTool();
    } finally {
      span.end();
    }
  }

  public void acceptsStartInANestedBlockOfATryWithFinally(boolean traced) {
    Span span = null;
    try {
      if (traced) {
        span = tracer.spanBuilder("tool").startSpan();
      }
      callTool();
    } catch (RuntimeException e) {
      if (span != null) {
        span.recordException(e);
      }
      throw e;
    } finally {
      if (span != null) {
        span.end();
      }
    }
  }

  public void acceptsStartInsideTryWithResourcesWhoseFinallyEndsIt(Context context) {
    Span span = null;
    try (Scope outer = context.makeCurrent()) {
      span = tracer.spanBuilder("tool").startSpan();
      callTool();
    } finally {
      if (span != null) {
        span.end();
      }
    }
  }

  public void flagsStartAssignedToAnEarlierDeclaredLocal() {
    Span span;
    span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    span.end();
  }

  public void flagsEachStartAssignedToTheSameLocal() {
    Span span = tracer.spanBuilder("first").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    span = tracer.spanBuilder("second").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    span.end();
  }

  public void ignoresHolderReassignedToAValueThatIsNotAStart() {
    Span span = tracer.spanBuilder("first").startSpan();
    callTool();
    span = Span.current();
    span.end();
  }

  private void prepare() {
    Remote.call();
  }

  private void callTool() {
    Remote.call();
  }
}
