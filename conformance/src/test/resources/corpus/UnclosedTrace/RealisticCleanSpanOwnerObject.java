package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Spans handed to objects that own them: an in-flight registry and a conversation handle ended later. */
public class RealisticCleanSpanOwnerObject {
  /** Owns the span of one conversation; closed by the session manager. */
  static final class Conversation implements AutoCloseable {
    private final String id;
    private final Span span;
    private int turns;

    Conversation(String id, Span span) {
      this.id = id;
      this.span = span;
    }

    void recordTurn() {
      turns++;
      span.setAttribute("conversation.turns", turns);
    }

    @Override
    public void close() {
      span.end();
    }

    String id() {
      return id;
    }
  }

  private final Tracer tracer;
  private final Map<String, Span> inFlight = new ConcurrentHashMap<>();

  RealisticCleanSpanOwnerObject(Tracer tracer) {
    this.tracer = tracer;
  }

  public Conversation open(String conversationId) {
    Span span = tracer.spanBuilder("conversation").setAttribute("conversation.id", conversationId).startSpan();
    return new Conversation(conversationId, span);
  }

  public void requestSent(String requestId) {
    Span span = tracer.spanBuilder("llm.request").startSpan();
    inFlight.put(requestId, span);
  }

  public void responseReceived(String requestId, int status) {
    Span span = inFlight.remove(requestId);
    if (span != null) {
      span.setAttribute("http.response.status_code", status);
      span.end();
    }
  }

  public Span startDetached(String name) {
    Span span = tracer.spanBuilder(name).startSpan();
    span.setAttribute("detached", true);
    return span;
  }

  public void runInBackground(java.util.concurrent.Executor executor, Runnable work) {
    Span span = tracer.spanBuilder("background").startSpan();
    executor.execute(() -> {
      try {
        work.run();
      } finally {
        span.end();
      }
    });
  }
}
