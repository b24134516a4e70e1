package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;

/** Early exits between start and end, and code that cannot throw between them. */
public class OtelPaths {
  private final Tracer tracer;

  public OtelPaths(Tracer tracer) {
    this.tracer = tracer;
  }

  public int earlyReturn(String input) {
    Span span = tracer.spanBuilder("validate").startSpan(); // tracelint-expect: UnclosedTrace
    if (input == null) {
      return -1;
    }
    span.end();
    return 0;
  }

  public void throwBeforeEnd(boolean broken) {
    Span span = tracer.spanBuilder("validate").startSpan(); // tracelint-expect: UnclosedTrace
    if (broken) {
      throw new IllegalStateException("broken");
    }
    span.end();
  }

  public void continueSkipsEnd(List<String> inputs) {
    for (String input : inputs) {
      Span span = tracer.spanBuilder("item").startSpan(); // tracelint-expect: UnclosedTrace
      if (input == null) {
        continue;
      }
      span.end();
    }
  }

  public void endedInOneBranchOnly(boolean ok) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace
    if (ok) {
      span.end();
    } else {
      span.setStatus(StatusCode.ERROR);
    }
  }

  public void neverEnded() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("agent", "planner");
  }

  public void nothingCanThrowBetween(String name, int attempts) {
    Span span = tracer.spanBuilder("step").startSpan();
    int retries = attempts - 1;
    String label = name;
    span.setAttribute("retries", retries);
    span.setAttribute("label", label).setStatus(StatusCode.OK);
    if (retries > 2) {
      span.addEvent("slow");
    }
    span.end();
  }

  public void endedInEveryBranch(boolean ok) {
    Span span = tracer.spanBuilder("step").startSpan();
    if (ok) {
      span.end();
    } else {
      span.setStatus(StatusCode.ERROR);
      span.end();
    }
  }

  public void endedInEveryCase(int kind) {
    Span span = tracer.spanBuilder("step").startSpan();
    switch (kind) {
      case 1:
        span.end();
        break;
      default:
        span.setAttribute("kind", kind);
        span.end();
    }
  }

  public void endedInSomeCases(int kind) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace
    switch (kind) {
      case 1:
        span.end();
        break;
      default:
        span.setAttribute("kind", kind);
    }
  }

  public void callBeforeTheTry() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace
    prepare();
    try {
      prepare();
    } finally {
      span.end();
    }
  }

  private void prepare() {}
}
