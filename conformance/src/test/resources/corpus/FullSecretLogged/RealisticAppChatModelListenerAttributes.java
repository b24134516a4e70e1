package corpus.fullsecretlogged;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat-model listener in the LangChain4j style: the span travels in the request context's attributes from onRequest
 * to onResponse or onError. Model name, token counts and finish reason go on the span; the key never does.
 */
public class RealisticAppChatModelListenerAttributes {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppChatModelListenerAttributes.class);
  private static final String SPAN_KEY = "otel.span";

  record ChatRequest(String model, double temperature, int maxOutputTokens, String apiKey) {}

  record TokenUsage(int inputTokenCount, int outputTokenCount) {
    int totalTokenCount() {
      return inputTokenCount + outputTokenCount;
    }
  }

  record ChatResponse(String id, String finishReason, TokenUsage tokenUsage) {}

  static final class RequestContext {
    private final ChatRequest request;
    private final Map<Object, Object> attributes = new HashMap<>();

    RequestContext(ChatRequest request) {
      this.request = request;
    }

    ChatRequest chatRequest() {
      return request;
    }

    Map<Object, Object> attributes() {
      return attributes;
    }
  }

  private final Tracer tracer;

  public RealisticAppChatModelListenerAttributes(Tracer tracer) {
    this.tracer = tracer;
  }

  public void onRequest(RequestContext ctx) {
    ChatRequest request = ctx.chatRequest();
    Span span = tracer.spanBuilder("chat " + request.model()).setSpanKind(SpanKind.CLIENT).startSpan();
    span.setAttribute("gen_ai.request.model", request.model());
    span.setAttribute("gen_ai.request.temperature", request.temperature());
    span.setAttribute("gen_ai.request.max_tokens", request.maxOutputTokens());
    span.setAttribute("gen_ai.request.key_configured", request.apiKey() != null);
    ctx.attributes().put(SPAN_KEY, span);
    log.debug("chat request to {} (max {} tokens)", request.model(), request.maxOutputTokens());
  }

  public void onResponse(RequestContext ctx, ChatResponse response) {
    Span span = (Span) ctx.attributes().remove(SPAN_KEY);
    if (span == null) {
      return;
    }
    TokenUsage usage = response.tokenUsage();
    span.setAttribute("gen_ai.response.id", response.id());
    span.setAttribute("gen_ai.response.finish_reasons", response.finishReason());
    span.setAttribute("gen_ai.usage.input_tokens", usage.inputTokenCount());
    span.setAttribute("gen_ai.usage.output_tokens", usage.outputTokenCount());
    span.end();
    log.info("chat {} finished: {} tokens", response.id(), usage.totalTokenCount());
  }

  public void onError(RequestContext ctx, Throwable error) {
    Span span = (Span) ctx.attributes().remove(SPAN_KEY);
    if (span == null) {
      return;
    }
    span.recordException(error);
    span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
    span.end();
    log.warn("chat request to {} failed", ctx.chatRequest().model(), error);
  }
}
