package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;

/**
 * A start in the branch of an unbraced if (the walk goes on after the if), and an end inside a loop body: the loop's
 * first pass is walked, so a call that can throw before the end leaks the span.
 */
public class BranchesAndLoops {
  private final Tracer tracer;
  private final Client client;
  private int skipped;

  public BranchesAndLoops(Tracer tracer, Client client) {
    this.tracer = tracer;
    this.client = client;
  }

  public String flagsStartInAnUnbracedIfThenAThrowingCall(boolean traced, String prompt) {
    Span span = null;
    if (traced) span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String answer = client.call(prompt);
    if (span != null) {
      span.end();
    }
    return answer;
  }

  public String flagsStartInAnUnbracedElse(boolean quiet, String prompt) {
    Span span = Span.getInvalid();
    if (quiet) skipped++;
    else span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String answer = client.call(prompt);
    span.end();
    return answer;
  }

  public String flagsThrowingCallBeforeTheEndInALoop() {
    Span span = tracer.spanBuilder("poll").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    while (true) {
      String reply = client.poll();
      if (reply != null) {
        span.end();
        return reply;
      }
    }
  }

  public void flagsThrowingIterableBeforeTheEndInALoop() {
    Span span = tracer.spanBuilder("batch").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    for (String item : client.pending()) {
      span.addEvent(item);
      span.end();
    }
  }

  public String acceptsStartInAnUnbracedIfEndedInFinally(boolean traced, String prompt) {
    Span span = null;
    if (traced) span = tracer.spanBuilder("chat").startSpan();
    try {
      return client.call(prompt);
    } finally {
      if (span != null) {
        span.end();
      }
    }
  }

  public void acceptsStartInAnUnbracedIfEndedAtOnce(boolean traced) {
    Span span = null;
    if (traced) span = tracer.spanBuilder("mark").startSpan();
    if (span != null) {
      span.end();
    }
  }

  public String acceptsLoopBodyEndingInFinally() {
    Span span = tracer.spanBuilder("poll").startSpan();
    while (true) {
      try {
        String reply = client.poll();
        if (reply != null) {
          return reply;
        }
      } finally {
        span.end();
      }
    }
  }

  public void acceptsLoopWithOnlyHarmlessCodeBeforeTheEnd(List<String> items) {
    Span span = tracer.spanBuilder("scan").startSpan();
    for (String item : items) {
      if (item == null) {
        continue;
      }
      span.setAttribute("first", item);
      span.end();
      break;
    }
  }

  public void acceptsStartInsideTheLoopEndedInFinally(List<String> prompts) {
    for (String prompt : prompts) {
      Span span = tracer.spanBuilder("turn").startSpan();
      try {
        client.call(prompt);
      } finally {
        span.end();
      }
    }
  }

  /** A remote client: every call may throw. */
  public interface Client {
    String call(String prompt);

    String poll();

    List<String> pending();
  }
}
