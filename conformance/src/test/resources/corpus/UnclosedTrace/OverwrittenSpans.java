package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/** A started span overwritten by another start before it is ended: the first one is lost. */
public class OverwrittenSpans {
  private final Tracer tracer;

  public OverwrittenSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  public void flagsSpanOverwrittenByAnotherStart() {
    Span span = tracer.spanBuilder("first").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    span.setAttribute("attempt", 1);
    span = tracer.spanBuilder("second").startSpan();
    span.end();
  }

  public void flagsSpanOverwrittenOnARetryPath(boolean retry) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (retry) {
      span = tracer.spanBuilder("retry").startSpan();
    }
    span.end();
  }

  public void acceptsSpanEndedBeforeTheNextStart() {
    Span span = tracer.spanBuilder("first").startSpan();
    span.end();
    span = tracer.spanBuilder("second").startSpan();
    span.end();
  }

  public void acceptsStartsInExclusiveBranches(boolean fast) {
    Span span;
    if (fast) {
      span = tracer.spanBuilder("fast").startSpan();
    } else {
      span = tracer.spanBuilder("slow").startSpan();
    }
    span.end();
  }

  public void acceptsSpanEndedBeforeARetryStart(boolean retry) {
    Span span = tracer.spanBuilder("call").startSpan();
    if (retry) {
      span.end();
      span = tracer.spanBuilder("retry").startSpan();
    }
    span.end();
  }
}
