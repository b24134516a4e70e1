package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A call tracker that keeps spans in records: the started span is handed to a record's constructor, kept in a
 * deque of records, and ended by the record's own method when the call completes; an inner class reaches the outer
 * tracker's deque.
 */
public class RealisticModernRecordsCarryingSpans {
  record TracedCall(String name, Span span, Instant started) {
    Duration finish() {
      span.end();
      return Duration.between(started, Instant.now());
    }
  }

  private final Tracer tracer;
  private final Deque<TracedCall> open = new ArrayDeque<>();

  public RealisticModernRecordsCarryingSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  public TracedCall begin(String name) {
    var call = new TracedCall(name, tracer.spanBuilder(name).startSpan(), Instant.now());
    open.push(call);
    return call;
  }

  public TracedCall beginWithLocal(String name) {
    Span span = tracer.spanBuilder(name).setAttribute("queued", (long) open.size()).startSpan();
    TracedCall call = new TracedCall(name, span, Instant.now());
    open.push(call);
    return call;
  }

  public Duration completeLatest() {
    TracedCall call = open.pop();
    return call.finish();
  }

  /** An inner class: its methods use the outer tracker's deque and tracer. */
  final class Batch implements AutoCloseable {
    private final int depth = open.size();

    TracedCall step(String name) {
      return begin("batch." + name);
    }

    @Override
    public void close() {
      while (open.size() > depth) {
        open.pop().finish();
      }
    }
  }

  public Batch batch() {
    return new Batch();
  }
}
