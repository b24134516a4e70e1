package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;

/**
 * {@code span().start()} where {@code span()} is a getter of this class whose every return returns one field (lazily
 * created there): the field holds the started span, as {@code this.delegate.start()} would, and the builder hands it
 * on. A method of the class that returns a new span each call ({@code newSpan().start()}) drops what it starts.
 */
public class HeldSpanGetters {
  private final Tracer tracer;
  Span delegate;
  private long startTimestamp;

  public HeldSpanGetters(Tracer tracer) {
    this.tracer = tracer;
  }

  Span span() {
    if (this.delegate != null) {
      return this.delegate;
    }
    this.delegate = tracer.nextSpan();
    return this.delegate;
  }

  private Span current() {
    return span();
  }

  private Span newSpan() {
    return tracer.nextSpan();
  }

  private Span eitherSpan(boolean fresh) {
    if (fresh) {
      return tracer.nextSpan();
    }
    return delegate;
  }

  public Span acceptsStartOnALazyGetterOfAField() {
    if (startTimestamp > 0) {
      span().start(startTimestamp);
    } else {
      span().start();
    }
    return delegate;
  }

  public void acceptsStartOnAGetterThatReturnsAGetter() {
    current().start();
  }

  public void acceptsStartOnTheFieldItself() {
    this.delegate.start();
  }

  public void flagsStartOnAFactoryOfNewSpans() {
    newSpan().start(); // tracelint-expect: UnclosedTrace -- span started by start()
  }

  public void flagsStartOnAMethodThatMayReturnANewSpan(boolean fresh) {
    eitherSpan(fresh).start(); // tracelint-expect: UnclosedTrace -- span started by start()
  }
}
