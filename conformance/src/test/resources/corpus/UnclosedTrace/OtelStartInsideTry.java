package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/** Starts assigned to a variable declared earlier: inside a try whose finally ends it, or in branches. */
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
      span = tracer.spanBuilder("root").setNoParent().startSpan(); // tracelint-expect: UnclosedTrace
    } else {
      span = tracer.spanBuilder("child").startSpan(); // tracelint-expect: UnclosedTrace
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

  private void prepare() {}

  private void callTool() {}
}
