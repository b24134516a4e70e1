package corpus.unclosedtrace;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A LangChain4j chat model listener that keeps the span, and the scope that made it current, in the request
 * context's attributes: onRequest starts them, onResponse and onError take them out and end them.
 */
public class RealisticAppChatListenerAttributes implements ChatModelListener {
  private static final String SPAN_KEY = "otel.span";
  private static final String SCOPE_KEY = "otel.scope";

  private final Tracer tracer;

  public RealisticAppChatListenerAttributes(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void onRequest(ChatModelRequestContext requestContext) {
    var request = requestContext.chatRequest();
    Span span = tracer.spanBuilder("chat " + request.modelName())
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute("gen_ai.operation.name", "chat")
        .setAttribute("gen_ai.request.model", String.valueOf(request.modelName()))
        .startSpan();
    Scope scope = span.makeCurrent();
    requestContext.attributes().put(SPAN_KEY, span);
    requestContext.attributes().put(SCOPE_KEY, scope);
  }

  @Override
  public void onResponse(ChatModelResponseContext responseContext) {
    Scope scope = (Scope) responseContext.attributes().remove(SCOPE_KEY);
    Span span = (Span) responseContext.attributes().remove(SPAN_KEY);
    if (span == null) {
      return;
    }
    try {
      ChatResponse response = responseContext.chatResponse();
      TokenUsage usage = response.tokenUsage();
      if (usage != null) {
        span.setAttribute("gen_ai.usage.input_tokens", usage.inputTokenCount());
        span.setAttribute("gen_ai.usage.output_tokens", usage.outputTokenCount());
      }
      span.setAttribute("gen_ai.response.finish_reasons", String.valueOf(response.finishReason()));
    } finally {
      if (scope != null) {
        scope.close();
      }
      span.end();
    }
  }

  @Override
  public void onError(ChatModelErrorContext errorContext) {
    Scope scope = (Scope) errorContext.attributes().remove(SCOPE_KEY);
    Span span = (Span) errorContext.attributes().remove(SPAN_KEY);
    if (scope != null) {
      scope.close();
    }
    if (span != null) {
      span.recordException(errorContext.error());
      span.setStatus(StatusCode.ERROR, errorContext.error().getClass().getSimpleName());
      span.end();
    }
  }

  /** A second listener of the same service: the span is kept under a key built from the request, as a record. */
  public static final class KeyedByRequest implements ChatModelListener {
    record InFlight(Span span, long startedNanos) {}

    private final Tracer tracer;

    public KeyedByRequest(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public void onRequest(ChatModelRequestContext ctx) {
      Span span = tracer.spanBuilder("llm.call").setSpanKind(SpanKind.CLIENT).startSpan();
      ctx.attributes().put(InFlight.class, new InFlight(span, System.nanoTime()));
    }

    @Override
    public void onResponse(ChatModelResponseContext ctx) {
      if (ctx.attributes().remove(InFlight.class) instanceof InFlight inFlight) {
        inFlight.span().setAttribute("llm.latency_ms", (System.nanoTime() - inFlight.startedNanos()) / 1_000_000);
        inFlight.span().end();
      }
    }

    @Override
    public void onError(ChatModelErrorContext ctx) {
      if (ctx.attributes().remove(InFlight.class) instanceof InFlight inFlight) {
        inFlight.span().recordException(ctx.error());
        inFlight.span().end();
      }
    }
  }
}
