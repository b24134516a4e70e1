package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;

/**
 * Where UnclosedTrace's page puts the start call and what follows it (steps 2 to 8), written as the page writes
 * them: a dropped start or scope, an overwritten holder, a loop, a catch of Exception, and the accepted forms.
 */
public class DocsExamplesStatements {
  private final Tracer tracer;
  private final DocsPoller client;
  private Span held;

  public DocsExamplesStatements(Tracer tracer, DocsPoller client) {
    this.tracer = tracer;
    this.client = client;
  }

  public void flagsDroppedStartSpanStatement() {
    tracer.spanBuilder("x").startSpan(); // tracelint-expect: UnclosedTrace
  }

  public void flagsDroppedMakeCurrentStatement(Span span) {
    span.makeCurrent(); // tracelint-expect: UnclosedTrace
    client.work();
  }

  public void flagsStartDroppedByASwitchStatementArm(int kind) {
    switch (kind) {
      case 1 -> tracer.spanBuilder("a").startSpan(); // tracelint-expect: UnclosedTrace
      default -> client.work();
    }
  }

  public Span acceptsStartYieldedByASwitchExpression(int kind) {
    Span span =
        switch (kind) {
          case 1 -> tracer.spanBuilder("a").startSpan();
          default -> {
            client.work();
            yield tracer.spanBuilder("b").startSpan();
          }
        };
    return span;
  }

  public void flagsStartAssignedInAnUnbracedIf(boolean c) {
    Span x = null;
    if (c) x = tracer.spanBuilder("x").startSpan(); // tracelint-expect: UnclosedTrace
    client.work();
    if (x != null) {
      x.end();
    }
  }

  public void flagsFirstSpanOverwrittenBeforeItsEnd(Tracer a, Tracer b) {
    Span x = a.spanBuilder("a").startSpan(); // tracelint-expect: UnclosedTrace
    x = b.spanBuilder("b").startSpan();
    x.end();
  }

  public void flagsFirstSpanOverwrittenOnRetry(boolean retry) {
    Span x = tracer.spanBuilder("a").startSpan(); // tracelint-expect: UnclosedTrace
    if (retry) {
      x = tracer.spanBuilder("b").startSpan();
    }
    x.end();
  }

  public void acceptsStartAssignedInsideTheTryOfACoveringFinally() {
    Span s = null;
    try {
      s = tracer.spanBuilder("x").startSpan();
      client.work();
    } finally {
      if (s != null) s.end();
    }
  }

  public String flagsPollingLoopThatEndsOnAnswer() {
    Span span = tracer.spanBuilder("poll").startSpan(); // tracelint-expect: UnclosedTrace
    while (true) {
      String r = client.poll();
      if (r != null) {
        span.end();
        return r;
      }
    }
  }

  public void flagsCatchOfExceptionThatEndsAndRethrows() {
    Span span = tracer.spanBuilder("work").startSpan(); // tracelint-expect: UnclosedTrace
    try (Scope s = span.makeCurrent()) {
      client.work();
    } catch (Exception e) {
      span.end();
      throw e;
    }
    span.end();
  }

  public void acceptsCatchOfThrowableThatEndsAndRethrows() throws Throwable {
    Span span = tracer.spanBuilder("work").startSpan();
    try (Scope s = span.makeCurrent()) {
      client.work();
    } catch (Throwable t) {
      span.recordException(t);
      span.end();
      throw t;
    }
    span.end();
  }

  public void acceptsEndWithATimestamp() {
    Span span = tracer.spanBuilder("work").startSpan();
    span.end(Instant.now());
  }

  public void acceptsStartEndedAtOnce() {
    tracer.spanBuilder("x").startSpan().end();
  }

  public Span acceptsStartReturned() {
    return tracer.spanBuilder("x").startSpan();
  }

  public Scope acceptsScopeKeptInALocalAndReturned(Span x) {
    Scope s = x.makeCurrent();
    return s;
  }

  public Scope acceptsScopeOfANewSpanReturned() {
    Span span = tracer.spanBuilder("enter").startSpan();
    return span.makeCurrent();
  }

  public void acceptsSpanWrappedIntoATaskForAnExecutor(ExecutorService executor, Runnable task) {
    Span x = tracer.spanBuilder("task").startSpan();
    executor.submit(Context.current().with(x).wrap(task));
  }

  public void acceptsStartStoredInAField() {
    held = tracer.spanBuilder("held").startSpan();
  }

  public Mono<String> acceptsEndInADoFinallyOfTheReturnedChain(DocsReactiveClient reactive, String p) {
    Span span = tracer.spanBuilder("call").startSpan();
    return reactive.call(p).doFinally(s -> span.end());
  }

  public void acceptsScopeLoggedStaysAHandOff(Span span, org.slf4j.Logger log) {
    Scope scope = span.makeCurrent();
    log.debug("opened {}", scope);
  }

  public String acceptsAnswerDeclaredBeforeTheTry(String prompt) {
    Span span = tracer.spanBuilder("answer").startSpan();
    String answer;
    try {
      answer = client.call(prompt);
    } finally {
      span.end();
    }
    return answer;
  }

  public void acceptsEndInASynchronizedBlock(Object lock) {
    Span span = tracer.spanBuilder("locked").startSpan();
    synchronized (lock) {
      span.end();
    }
  }
}

interface DocsPoller {
  String poll();

  void work();

  String call(String prompt);
}

interface DocsReactiveClient {
  Mono<String> call(String p);
}
