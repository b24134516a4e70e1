package corpus.unclosedtrace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The method hands the span to someone else, who ends it: returned, stored in a field or a collection, passed to a
 * method or a constructor, captured by a lambda, an anonymous class or a method reference, or assigned to another
 * variable. Not flagged, except where the receiver ends it on some outcomes only or is a same-class helper that ends it
 * on every path, after a call that can throw.
 */
public class OtelHandOffs {
  private final Tracer tracer;
  private final List<Span> pending = new ArrayList<>();
  private Span current;
  private final Span startup = GlobalOpenTelemetry.getTracer("agent").spanBuilder("startup").startSpan();

  public OtelHandOffs(Tracer tracer) {
    this.tracer = tracer;
  }

  public Span returned() {
    Span span = tracer.spanBuilder("session").startSpan();
    callTool();
    return span;
  }

  public Span returnedDirectly() {
    return tracer.spanBuilder("session").startSpan();
  }

  public void storedInField() {
    current = tracer.spanBuilder("session").startSpan();
    Span span = tracer.spanBuilder("turn").startSpan();
    callTool();
    this.current = span;
  }

  public void storedInCollection() {
    Span span = tracer.spanBuilder("turn").startSpan();
    callTool();
    pending.add(span);
  }

  public void flagsCallBeforeAHelperThatEndsTheSpan() {
    // finish(span) ends it on every path: it is the end call, and callTool() before it can throw.
    Span span = tracer.spanBuilder("turn").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    finish(span);
  }

  public CompletableFuture<String> endedInCallback(CompletableFuture<String> reply) {
    Span span = tracer.spanBuilder("async").startSpan();
    return reply.whenComplete((value, error) -> span.end());
  }

  public void endedAtOnce() {
    tracer.spanBuilder("marker").startSpan().end();
  }

  public void acceptsSpanCapturedByAnAnonymousClass(List<Runnable> later) {
    Span span = tracer.spanBuilder("anon").startSpan();
    later.add(
        new Runnable() {
          @Override
          public void run() {
            span.end();
          }
        });
  }

  public void acceptsSpanAssignedToAnotherVariable() {
    Span span = tracer.spanBuilder("alias").startSpan();
    Span alias = span;
    callTool();
    alias.end();
  }

  public void acceptsStartPassedAsAnArgument() {
    register(tracer.spanBuilder("registered").startSpan());
  }

  public Step acceptsSpanPassedToAConstructor() {
    Span span = tracer.spanBuilder("step").startSpan();
    callTool();
    return new Step(span);
  }

  public void flagsSpanEndedThroughAMethodReferenceOnSuccessOnly(CompletableFuture<String> reply) {
    // thenRun runs on success only, and callTool() may throw before it is attached.
    Span span = tracer.spanBuilder("async").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
    reply.thenRun(span::end);
  }

  record Step(Span span) {}

  /** A span started in a constructor and kept in a field: the instance owns it. */
  static final class Session {
    private final Span span;

    Session(Tracer tracer) {
      span = tracer.spanBuilder("session").startSpan();
      callTool();
    }

    void close() {
      span.end();
    }
  }

  private static void register(Span span) {
    Remote.call();
  }

  private static void finish(Span span) {
    span.end();
  }

  private static void callTool() {
    Remote.call();
  }
}
