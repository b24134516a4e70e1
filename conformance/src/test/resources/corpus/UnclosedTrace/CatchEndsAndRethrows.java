package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.io.IOException;

/**
 * An end after the try, whose catch of everything ends and rethrows, is correct on every path: the try's normal
 * completion reaches the end after it, and every exception ends in the catch. A path that leaves otherwise still leaks.
 */
public class CatchEndsAndRethrows {

  public void acceptsScopeTryThenEndAfterIt(Tracer tracer) throws Throwable {
    Span span = tracer.spanBuilder("step").startSpan();
    try (Scope scope = span.makeCurrent()) {
      callTool();
    } catch (Throwable t) {
      span.recordException(t);
      span.setStatus(StatusCode.ERROR);
      span.end();
      throw t;
    }
    span.end();
  }

  public void acceptsPlainTryThenEndAfterIt(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan();
    try {
      callTool();
      callTool();
    } catch (Throwable t) {
      span.end();
      throw t;
    }
    span.end();
  }

  public void acceptsSeveralCatchesEachEndingAndRethrowing(Tracer tracer) throws IOException {
    Span span = tracer.spanBuilder("step").startSpan();
    try {
      read();
    } catch (IOException e) {
      span.recordException(e);
      span.end();
      throw e;
    } catch (Throwable t) {
      span.end();
      throw t;
    }
    span.end();
  }

  public void acceptsFinallyThatDoesNotEnd(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan();
    int attempts = 0;
    try {
      callTool();
    } catch (Throwable t) {
      span.end();
      throw t;
    } finally {
      attempts++;
    }
    span.setAttribute("attempts", attempts);
    span.end();
  }

  public void acceptsSwallowingCatchThenEnd(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan();
    try {
      callTool();
    } catch (Throwable t) {
      span.recordException(t);
    }
    span.end();
  }

  public void flagsCatchThatRethrowsWithoutEnding(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try {
      callTool();
    } catch (Throwable t) {
      span.recordException(t);
      throw t;
    }
    span.end();
  }

  public String flagsReturnInsideTheTry(Tracer tracer, boolean cached) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try {
      if (cached) {
        return "cached";
      }
      callTool();
    } catch (Throwable t) {
      span.end();
      throw t;
    }
    span.end();
    return "fresh";
  }

  public void flagsCatchOfSomeExceptionsOnly(Tracer tracer) throws IOException {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try {
      read();
    } catch (IOException e) {
      span.end();
      throw e;
    }
    span.end();
  }

  public void flagsFinallyThatCanFailBeforeTheEnd(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try {
      callTool();
    } catch (Throwable t) {
      span.end();
      throw t;
    } finally {
      callTool();
    }
    span.end();
  }

  private void read() throws IOException {}

  private void callTool() {
    Remote.call();
  }
}
