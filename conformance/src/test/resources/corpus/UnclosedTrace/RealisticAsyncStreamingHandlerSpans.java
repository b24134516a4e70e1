package corpus.unclosedtrace;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Token streaming with LangChain4j: the span of a streamed answer is handed to the response handler, which ends it
 * when the model completes or fails; the request thread returns at once.
 */
public class RealisticAsyncStreamingHandlerSpans {
  private final Tracer tracer;
  private final StreamingChatModel model;

  RealisticAsyncStreamingHandlerSpans(Tracer tracer, StreamingChatModel model) {
    this.tracer = tracer;
    this.model = model;
  }

  public void stream(String question, Consumer<String> tokens) {
    Span span = tracer.spanBuilder("chat.stream").startSpan();
    model.chat(question, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String partial) {
        tokens.accept(partial);
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        span.setAttribute("finish.reason", String.valueOf(response.finishReason()));
        span.end();
      }

      @Override
      public void onError(Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
        span.end();
      }
    });
  }

  public CompletableFuture<String> streamToFuture(String question) {
    Span span = tracer.spanBuilder("chat.stream.collect").startSpan();
    CompletableFuture<String> answer = new CompletableFuture<>();
    model.chat(question, new SpanEndingHandler(span, answer));
    return answer.whenComplete((text, error) -> span.end());
  }

  /** A handler class of its own, given the span to end: the span is handed to it. */
  static final class SpanEndingHandler implements StreamingChatResponseHandler {
    private final Span span;
    private final CompletableFuture<String> answer;
    private final StringBuilder text = new StringBuilder();

    SpanEndingHandler(Span span, CompletableFuture<String> answer) {
      this.span = span;
      this.answer = answer;
    }

    @Override
    public void onPartialResponse(String partial) {
      text.append(partial);
      span.addEvent("token");
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
      answer.complete(text.toString());
    }

    @Override
    public void onError(Throwable error) {
      span.recordException(error);
      answer.completeExceptionally(error);
    }
  }
}
