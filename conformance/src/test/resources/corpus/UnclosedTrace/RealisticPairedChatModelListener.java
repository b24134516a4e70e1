package corpus.unclosedtrace;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A LangChain4j listener: {@code onRequest} starts the model call's span and opens its scope and keeps both in the
 * call's attributes, which LangChain4j passes on to {@code onResponse} or {@code onError}; those close and end them.
 */
class RealisticPairedChatModelListener implements ChatModelListener {
  private static final String SPAN = "otel.span";
  private static final String SCOPE = "otel.scope";

  private final Tracer tracer;

  RealisticPairedChatModelListener(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void onRequest(ChatModelRequestContext context) {
    String model = context.chatRequest().parameters().modelName();
    Span span = tracer.spanBuilder("chat " + model)
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute("gen_ai.request.model", String.valueOf(model))
        .startSpan();
    Scope scope = span.makeCurrent();
    context.attributes().put(SPAN, span);
    context.attributes().put(SCOPE, scope);
  }

  @Override
  public void onResponse(ChatModelResponseContext context) {
    Span span = (Span) context.attributes().get(SPAN);
    if (span == null) {
      return;
    }
    if (context.chatResponse().tokenUsage() != null) {
      span.setAttribute("gen_ai.usage.output_tokens", context.chatResponse().tokenUsage().outputTokenCount());
    }
    finish(context.attributes().get(SCOPE), span);
  }

  @Override
  public void onError(ChatModelErrorContext context) {
    Span span = (Span) context.attributes().get(SPAN);
    if (span == null) {
      return;
    }
    span.recordException(context.error());
    span.setStatus(StatusCode.ERROR);
    finish(context.attributes().get(SCOPE), span);
  }

  private static void finish(Object scope, Span span) {
    if (scope instanceof Scope) {
      ((Scope) scope).close();
    }
    span.end();
  }
}
