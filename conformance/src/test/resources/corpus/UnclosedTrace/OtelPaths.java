package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.time.Instant;
import java.util.List;

/**
 * Early exits between start and end, ends in some branches only, and code that cannot throw between start and end:
 * the walk from the start to the end call, statement by statement.
 */
public class OtelPaths {
  private final Tracer tracer;

  public OtelPaths(Tracer tracer) {
    this.tracer = tracer;
  }

  public int earlyReturn(String input) {
    Span span = tracer.spanBuilder("validate").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (input == null) {
      return -1;
    }
    span.end();
    return 0;
  }

  public void throwBeforeEnd(boolean broken) {
    Span span = tracer.spanBuilder("validate").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (broken) {
      throw new IllegalStateException("broken");
    }
    span.end();
  }

  public void continueSkipsEnd(List<String> inputs) {
    for (String input : inputs) {
      Span span = tracer.spanBuilder("item").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
      if (input == null) {
        continue;
      }
      span.end();
    }
  }

  public void endedInOneBranchOnly(boolean ok) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (ok) {
      span.end();
    } else {
      span.setStatus(StatusCode.ERROR);
    }
  }

  public void neverEnded() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
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
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    switch (kind) {
      case 1:
        span.end();
        break;
      default:
        span.setAttribute("kind", kind);
    }
  }

  public void callBeforeTheTry() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    prepare();
    try {
      prepare();
    } finally {
      span.end();
    }
  }

  public void flagsCallBeforeEndWithoutTry() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    prepare();
    span.end();
  }

  public void flagsEndInAnIfWithoutElse(boolean ok) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (ok) {
      span.end();
    }
  }

  public void flagsBreakThatSkipsTheEnd(boolean done) {
    while (true) {
      Span other = tracer.spanBuilder("poll").startSpan(); // tracelint-expect: UnclosedTrace -- span 'other'
      if (done) {
        break;
      }
      other.end();
    }
  }

  public void acceptsUnbracedNullGuardedEnd() {
    Span span = tracer.spanBuilder("step").startSpan();
    if (span != null) span.end();
  }

  public void acceptsEndInEveryArrowCase(int kind) {
    Span span = tracer.spanBuilder("step").startSpan();
    switch (kind) {
      case 1 -> span.end();
      case 2 -> {
        span.setAttribute("kind", 2L);
        span.end();
      }
      default -> span.end();
    }
  }

  public void acceptsEndInANestedBlock() {
    Span span = tracer.spanBuilder("step").startSpan();
    {
      span.setAttribute("nested", true);
      span.end();
    }
  }

  public void acceptsEndUnderALabel() {
    Span span = tracer.spanBuilder("step").startSpan();
    done:
    {
      span.end();
    }
  }

  public void acceptsEndWhoseArgumentIsACall() {
    Span span = tracer.spanBuilder("step").startSpan();
    span.setStatus(StatusCode.OK);
    span.end(Instant.now());
  }

  public void acceptsEndAtTheEndOfAChainOnTheSpan() {
    Span span = tracer.spanBuilder("step").startSpan();
    span.setAttribute("a", 1L).setAttribute("b", 2L);
    span.setStatus(StatusCode.OK).end();
  }

  public void ignoresEndInsideALoop(int n) {
    Span span = tracer.spanBuilder("loop").startSpan();
    for (int i = 0; i < n; i++) {
      span.end();
    }
  }

  private void prepare() {
    Remote.call();
  }
}
