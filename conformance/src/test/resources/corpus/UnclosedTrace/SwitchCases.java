package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/**
 * Starts inside the cases of an old-style switch are judged within their case: a declaration dies at the case's
 * {@code break}, an assignment is followed neither after the switch nor into the next case, and running off the end
 * of the last case is not judged.
 */
public class SwitchCases {
  private final Tracer tracer;

  public SwitchCases(Tracer tracer) {
    this.tracer = tracer;
  }

  public void flagsStartInACaseEndedAfterACall(int kind) {
    switch (kind) {
      case 1:
        Span one = tracer.spanBuilder("one").startSpan(); // tracelint-expect: UnclosedTrace -- span 'one'
        callTool();
        one.end();
        break;
      default:
        break;
    }
  }

  public void flagsStartDeclaredInACaseAndLeftByItsBreak(int kind) {
    switch (kind) {
      case 2:
        Span two = tracer.spanBuilder("two").startSpan(); // tracelint-expect: UnclosedTrace -- span 'two'
        two.setAttribute("kind", 2L);
        break;
      default:
        callTool();
    }
  }

  public void acceptsStartEndedWithinItsCase(int kind) {
    switch (kind) {
      case 3:
        Span three = tracer.spanBuilder("three").startSpan();
        three.end();
        break;
      default:
        break;
    }
  }

  public void ignoresStartAssignedInACaseAndEndedAfterTheSwitch(int kind) {
    Span span = Span.getInvalid();
    switch (kind) {
      case 1:
        span = tracer.spanBuilder("one").startSpan();
        break;
      default:
        span = tracer.spanBuilder("other").startSpan();
    }
    span.end();
  }

  public void ignoresStartDeclaredInTheLastCaseThatRunsOffItsEnd(int kind) {
    switch (kind) {
      case 1:
        callTool();
        break;
      default:
        Span span = tracer.spanBuilder("last").startSpan();
        span.setAttribute("kind", kind);
    }
  }

  private void callTool() {
    Remote.call();
  }
}
