package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * A same-class helper that ends the span it is given on every path is an end call at the call site: a call that can
 * throw before it leaks the span, and a call of it in a finally covers. A helper that keeps the span to itself and ends
 * it on some path only is judged the same way at the call site (nobody else can end the span; its own condition is
 * not judged). A helper that stores the span, or that a subclass may override, is a hand-off, as any other call.
 */
public class HelperEnds {
  private final Tracer tracer;
  private Span kept;

  public HelperEnds(Tracer tracer) {
    this.tracer = tracer;
  }

  public String flagsHelperEndOnTheHappyPathOnly(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String answer = callModel(prompt);
    finish(span, answer);
    return answer;
  }

  public String flagsHelperThatEndsThroughAnotherHelper(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String answer = callModel(prompt);
    complete(span);
    return answer;
  }

  public String acceptsHelperEndInFinally(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    String answer = null;
    try {
      answer = callModel(prompt);
      return answer;
    } finally {
      finish(span, answer);
    }
  }

  public void acceptsHelperEndRightAfterTheStart() {
    Span span = tracer.spanBuilder("mark").startSpan();
    finish(span, "");
  }

  public String flagsThrowBeforeAHelperThatEndsOnSomePathOnly(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String answer = callModel(prompt);
    endIfAnswered(span, answer);
    return answer;
  }

  public String acceptsHelperThatEndsOnSomePathOnlyInFinally(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    String answer = null;
    try {
      answer = callModel(prompt);
      return answer;
    } finally {
      endIfAnswered(span, answer);
    }
  }

  public String acceptsHelperThatKeepsTheSpan(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    String answer = callModel(prompt);
    keep(span);
    return answer;
  }

  public String acceptsOverridableHelper(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    String answer = callModel(prompt);
    record(span);
    return answer;
  }

  private static void finish(Span span, String answer) {
    if (answer == null) {
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  private void complete(Span span) {
    span.setAttribute("done", true);
    finish(span, "");
  }

  private static void endIfAnswered(Span span, String answer) {
    if (answer != null) {
      span.end();
    }
  }

  private void keep(Span span) {
    kept = span;
  }

  /** A subclass may do anything here. */
  protected void record(Span span) {
    span.end();
  }

  private static String callModel(String prompt) {
    Remote.call();
    return prompt;
  }
}
