package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import brave.propagation.TraceContext;
import brave.propagation.TraceContextOrSamplingFlags;

/**
 * Brave: {@code tracer.nextSpan()}, {@code newTrace()}, {@code newChild(..)} and {@code nextSpan(extracted)} only make
 * a span; nothing is recorded until {@code start()}. A span dropped or returned on an early exit before its start is
 * no leak; once started, every path must finish (or abandon) it. Micrometer Tracing's {@code nextSpan()} is alike.
 */
public class BraveSpansNotYetStarted {
  private final Tracer tracer;

  public BraveSpansNotYetStarted(Tracer tracer) {
    this.tracer = tracer;
  }

  public void acceptsUnstartedSpanDroppedOnEarlyReturn(String request) {
    Span span = tracer.nextSpan();
    if (request == null) {
      return;
    }
    span.name("handle").start();
    try {
      handle(request);
    } finally {
      span.finish();
    }
  }

  public void acceptsUnstartedChildDroppedWhenValidationThrows(TraceContext parent, String payload) {
    Span child = tracer.newChild(parent).name("validate");
    if (payload.isEmpty()) {
      throw new IllegalArgumentException("empty payload");
    }
    child.start();
    try {
      handle(payload);
    } finally {
      child.finish();
    }
  }

  public void acceptsUnstartedTraceDroppedByACatchBeforeStart(String job) {
    Span span = tracer.newTrace().name("job");
    try {
      handle(job);
    } catch (IllegalStateException notReady) {
      return;
    }
    span.start();
    try {
      handle(job);
    } finally {
      span.finish();
    }
  }

  public Span acceptsUnstartedSpanReturnedBeforeItsStart(TraceContextOrSamplingFlags extracted, boolean deferred) {
    Span span = tracer.nextSpan(extracted).name("consume");
    if (deferred) {
      return span;
    }
    span.start();
    try {
      handle("now");
    } finally {
      span.finish();
    }
    return span;
  }

  public String acceptsSpanMadeOnlyForItsIds() {
    Span span = tracer.nextSpan().name("ids");
    return span.context().traceIdString();
  }

  public void acceptsStartedAfterBothExitsAndFinishedInFinally(String request, boolean sampledOut) {
    Span span = tracer.nextSpan();
    if (request == null) {
      return;
    }
    if (sampledOut) {
      throw new IllegalStateException("not sampled");
    }
    span.start();
    try {
      handle(request);
    } finally {
      span.finish();
    }
  }

  public void flagsStartedSpanDroppedOnEarlyReturn(String request) {
    Span span = tracer.nextSpan();
    span.start(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (request == null) {
      return;
    }
    handle(request);
    span.finish();
  }

  public void flagsNewTraceStartedInItsDeclarationThenThrown(String job) {
    Span span = tracer.newTrace().name("job").start(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (job.isEmpty()) {
      throw new IllegalArgumentException("no job");
    }
    span.finish();
  }

  public void flagsChildStartedBeforeItsWorkMayThrow(TraceContext parent, String payload) {
    Span child = tracer.newChild(parent).start(); // tracelint-expect: UnclosedTrace -- span 'child'
    handle(payload);
    child.finish();
  }

  public void flagsStartedBetweenTwoEarlyExits(String request, boolean sampledOut) {
    Span span = tracer.nextSpan();
    if (request == null) {
      return;
    }
    span.start(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (sampledOut) {
      return;
    }
    try {
      handle(request);
    } finally {
      span.finish();
    }
  }

  public void acceptsMicrometerSpanDroppedBeforeItsStart(io.micrometer.tracing.Tracer otherTracer, String request) {
    io.micrometer.tracing.Span span = otherTracer.nextSpan().name("handle");
    if (request == null) {
      return;
    }
    span.start();
    try {
      handle(request);
    } finally {
      span.end();
    }
  }

  public void flagsMicrometerSpanStartedBeforeAnEarlyReturn(io.micrometer.tracing.Tracer otherTracer, String request) {
    io.micrometer.tracing.Span span = otherTracer.nextSpan().name("handle");
    span.start(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (request == null) {
      return;
    }
    handle(request);
    span.end();
  }

  private void handle(String work) {
    Remote.call();
    if (work.length() > 1_000) {
      throw new IllegalStateException("too long");
    }
  }
}
