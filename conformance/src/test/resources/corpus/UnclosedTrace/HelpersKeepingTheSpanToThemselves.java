package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Private helpers that end the span they are given only when some condition holds (a non-empty reply, a first call
 * through an idempotency flag, a recording span) and keep it to themselves. Nobody else can end the span, so a call
 * that throws before the helper runs leaks it. Flagged: a model call before such a helper. Not flagged: such a helper
 * in a finally or right after the start, and a helper that stores, logs or propagates the span (a hand-off, whatever
 * comes before).
 */
public class HelpersKeepingTheSpanToThemselves {
  private static final Logger log = LoggerFactory.getLogger(HelpersKeepingTheSpanToThemselves.class);

  interface Completions {
    String complete(String prompt);
  }

  private final Tracer tracer;
  private final Completions completions;
  private final AtomicBoolean reported = new AtomicBoolean();
  private Span lastTurn;
  private Context pending;

  public HelpersKeepingTheSpanToThemselves(Tracer tracer, Completions completions) {
    this.tracer = tracer;
    this.completions = completions;
  }

  public String flagsCompletionBeforeAnEndGuardedByTheReply(String prompt) {
    Span turn = tracer.spanBuilder("chat.turn").startSpan(); // tracelint-expect: UnclosedTrace -- span 'turn'
    String reply = completions.complete(prompt);
    closeWhenAnswered(turn, reply);
    return reply;
  }

  public String flagsCompletionBeforeAnEndOnce(String prompt) {
    Span turn = tracer.spanBuilder("chat.once").startSpan(); // tracelint-expect: UnclosedTrace -- span 'turn'
    String reply = completions.complete(prompt);
    endOnce(turn);
    return reply;
  }

  public String acceptsEndOnceInFinally(String prompt) {
    Span turn = tracer.spanBuilder("chat.once").startSpan();
    try {
      return completions.complete(prompt);
    } catch (RuntimeException e) {
      turn.recordException(e);
      turn.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      endOnce(turn);
    }
  }

  public void acceptsGuardedEndRightAfterTheStart(String prompt) {
    Span marker = tracer.spanBuilder("chat.skipped").startSpan();
    endIfRecording(marker);
  }

  public String acceptsHelperThatKeepsTheSpanInAField(String prompt) {
    Span turn = tracer.spanBuilder("chat.kept").startSpan();
    String reply = completions.complete(prompt);
    rememberOrEnd(turn, reply);
    return reply;
  }

  public String acceptsHelperThatLogsTheSpan(String prompt) {
    Span turn = tracer.spanBuilder("chat.logged").startSpan();
    String reply = completions.complete(prompt);
    logAndMaybeEnd(turn, reply);
    return reply;
  }

  public String acceptsHelperThatPropagatesTheSpan(String prompt) {
    Span turn = tracer.spanBuilder("chat.propagated").startSpan();
    String reply = completions.complete(prompt);
    propagateOrEnd(turn, reply);
    return reply;
  }

  private static void closeWhenAnswered(Span span, String reply) {
    if (reply != null && !reply.isEmpty()) {
      span.setAttribute("reply.length", reply.length());
      span.end();
    }
  }

  private void endOnce(Span span) {
    if (reported.compareAndSet(false, true)) {
      span.end();
    }
  }

  private static void endIfRecording(Span span) {
    if (span.isRecording()) {
      span.end();
    }
  }

  private void rememberOrEnd(Span span, String reply) {
    if (reply.isEmpty()) {
      lastTurn = span;
    } else {
      span.end();
    }
  }

  private static void logAndMaybeEnd(Span span, String reply) {
    log.debug("turn {} answered", span);
    if (!reply.isEmpty()) {
      span.end();
    }
  }

  private void propagateOrEnd(Span span, String reply) {
    if (reply.isEmpty()) {
      pending = Context.current().with(span);
    } else {
      span.end();
    }
  }
}
