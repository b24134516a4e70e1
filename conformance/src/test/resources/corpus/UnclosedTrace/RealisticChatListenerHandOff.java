package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A chat model listener that starts a span on request and ends it on response or error. */
public class RealisticChatListenerHandOff {
  private final Tracer tracer;
  private final Map<String, Span> inFlight = new ConcurrentHashMap<>();

  RealisticChatListenerHandOff(Tracer tracer) {
    this.tracer = tracer;
  }

  public void onRequest(String requestId, Map<Object, Object> attributes, String model) {
    Span span = tracer.spanBuilder("gen_ai.chat").setAttribute("gen_ai.request.model", model).startSpan();
    attributes.put("otel.span", span);
  }

  public void onRequestTracked(String requestId, String model) {
    Span span = tracer.spanBuilder("gen_ai.chat.tracked").startSpan();
    span.setAttribute("gen_ai.request.model", model);
    inFlight.put(requestId, span);
  }

  public void onResponse(Map<Object, Object> attributes, int outputTokens) {
    Object value = attributes.remove("otel.span");
    if (value instanceof Span span) {
      span.setAttribute("gen_ai.usage.output_tokens", outputTokens);
      span.end();
    }
  }

  public void onError(String requestId, Throwable error) {
    Span span = inFlight.remove(requestId);
    if (span != null) {
      span.recordException(error);
      span.setStatus(StatusCode.ERROR);
      span.end();
    }
  }

  /**
   * Leaks the span when the request is already in flight, but the span is handed to the map on the other path: a
   * hand-off anywhere in the method accepts the start (docs, "Known limits"), so this is not reported.
   */
  public void onDuplicateRequest(String requestId, String model) {
    Span span = tracer.spanBuilder("gen_ai.chat.duplicate").startSpan();
    span.setAttribute("gen_ai.request.model", model);
    if (inFlight.containsKey(requestId)) {
      return;
    }
    inFlight.put(requestId, span);
  }

  public void onRetry(String requestId, String model) {
    if (inFlight.containsKey(requestId)) {
      return;
    }
    Span span = tracer.spanBuilder("gen_ai.chat.retry").startSpan();
    span.setAttribute("gen_ai.request.model", model);
    inFlight.put(requestId, span);
  }
}
