package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The method hands the span to someone else, who ends it: never flagged. */
public class OtelHandOffs {
  private final Tracer tracer;
  private final List<Span> pending = new ArrayList<>();
  private Span current;

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

  public void passedToHelper() {
    Span span = tracer.spanBuilder("turn").startSpan();
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

  private static void finish(Span span) {
    span.end();
  }

  private void callTool() {}
}
