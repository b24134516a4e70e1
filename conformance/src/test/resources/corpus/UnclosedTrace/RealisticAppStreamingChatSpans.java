package corpus.unclosedtrace;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** Streaming chat: tokens go to the browser as they come; the span covers the whole stream. */
public class RealisticAppStreamingChatSpans {
  private final Tracer tracer;
  private final StreamingChatModel model;

  public RealisticAppStreamingChatSpans(Tracer tracer, StreamingChatModel model) {
    this.tracer = tracer;
    this.model = model;
  }

  /** The handler object ends the span on completion and on error: the span is handed to it. */
  public void stream(String prompt, Consumer<String> onToken, Runnable onDone) {
    Span span = tracer.spanBuilder("chat.stream").startSpan();
    model.chat(prompt, new StreamingChatResponseHandler() {
      private int tokens;

      @Override
      public void onPartialResponse(String partialResponse) {
        tokens++;
        onToken.accept(partialResponse);
      }

      @Override
      public void onCompleteResponse(ChatResponse completeResponse) {
        span.setAttribute("chat.stream.tokens", tokens);
        span.end();
        onDone.run();
      }

      @Override
      public void onError(Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
        span.end();
      }
    });
  }

  /** Bridged to Reactor for WebFlux: doFinally covers completion, error and the client going away. */
  public Flux<String> tokens(String prompt) {
    Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
    model.chat(prompt, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String partialResponse) {
        sink.tryEmitNext(partialResponse);
      }

      @Override
      public void onCompleteResponse(ChatResponse completeResponse) {
        sink.tryEmitComplete();
      }

      @Override
      public void onError(Throwable error) {
        sink.tryEmitError(error);
      }
    });
    Span span = tracer.spanBuilder("chat.tokens").startSpan();
    return sink.asFlux()
        .doOnError(span::recordException)
        .doFinally(signal -> span.end());
  }

  /** Ended on completion and on error only: a browser tab closed mid-answer cancels and leaks the span. */
  public Flux<String> tokensEndedOnTerminateOnly(Flux<String> upstream) {
    Span span = tracer.spanBuilder("chat.tokens.legacy").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return upstream
        .doOnComplete(span::end)
        .doOnError(error -> {
          span.recordException(error);
          span.end();
        });
  }

  /** Terminate plus cancel together cover every outcome. */
  public Flux<String> tokensEndedOnTerminateAndCancel(Flux<String> upstream) {
    Span span = tracer.spanBuilder("chat.tokens.v2").startSpan();
    return upstream
        .doOnTerminate(span::end)
        .doOnCancel(span::end);
  }
}
