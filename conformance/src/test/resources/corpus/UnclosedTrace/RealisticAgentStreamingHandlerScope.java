package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/** A callback-style streaming chat client (LangChain4j-like): the span ends in the handler's completion callbacks. */
public class RealisticAgentStreamingHandlerScope {
  interface StreamingHandler {
    void onPartialResponse(String partial);

    void onCompleteResponse(String full);

    void onError(Throwable error);
  }

  interface StreamingChatModel {
    void chat(String prompt, StreamingHandler handler);
  }

  private final Tracer tracer;
  private final StreamingChatModel model;

  RealisticAgentStreamingHandlerScope(Tracer tracer, StreamingChatModel model) {
    this.tracer = tracer;
    this.model = model;
  }

  private StreamingHandler endingHandler(Span span, StreamingHandler delegate) {
    return new StreamingHandler() {
      @Override
      public void onPartialResponse(String partial) {
        delegate.onPartialResponse(partial);
      }

      @Override
      public void onCompleteResponse(String full) {
        span.end();
        delegate.onCompleteResponse(full);
      }

      @Override
      public void onError(Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
        span.end();
        delegate.onError(error);
      }
    };
  }

  /** The span is handed to the handler; the scope opened for the call is closed only if chat() returns normally. */
  public void stream(String prompt, StreamingHandler delegate) {
    Span span = tracer.spanBuilder("chat streaming").startSpan();
    Scope scope = span.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'scope'
    model.chat(prompt, endingHandler(span, delegate));
    scope.close();
  }

  /** The scope in try-with-resources; the span handed to the handler that ends it. */
  public void streamScoped(String prompt, StreamingHandler delegate) {
    Span span = tracer.spanBuilder("chat streaming").startSpan();
    try (Scope scope = span.makeCurrent()) {
      model.chat(prompt, endingHandler(span, delegate));
    }
  }

  /** The span captured by an anonymous handler class: handed off to it. */
  public void streamInline(String prompt) {
    Span span = tracer.spanBuilder("chat streaming inline").startSpan();
    model.chat(prompt, new StreamingHandler() {
      @Override
      public void onPartialResponse(String partial) {}

      @Override
      public void onCompleteResponse(String full) {
        span.end();
      }

      @Override
      public void onError(Throwable error) {
        span.end();
      }
    });
  }
}
