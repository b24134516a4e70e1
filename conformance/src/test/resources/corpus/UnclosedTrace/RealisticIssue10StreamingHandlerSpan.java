package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import reactor.core.publisher.Flux;

/** Streaming answers two ways: a LangChain4j-style handler object and a Reactor stream. */
public class RealisticIssue10StreamingHandlerSpan {
  interface TokenHandler {
    void onPartialResponse(String partial);

    void onCompleteResponse(String full);

    void onError(Throwable error);
  }

  interface HandlerModel {
    void chat(String prompt, TokenHandler handler);
  }

  interface FluxModel {
    Flux<String> tokens(String prompt);
  }

  private final Tracer tracer;
  private final HandlerModel handlerModel;
  private final FluxModel fluxModel;

  RealisticIssue10StreamingHandlerSpan(Tracer tracer, HandlerModel handlerModel, FluxModel fluxModel) {
    this.tracer = tracer;
    this.handlerModel = handlerModel;
    this.fluxModel = fluxModel;
  }

  public void chatWithHandler(String prompt, StringBuilder sink) {
    Span span = tracer.spanBuilder("chat.handler").startSpan();
    handlerModel.chat(prompt, new TokenHandler() {
      @Override
      public void onPartialResponse(String partial) {
        sink.append(partial);
      }

      @Override
      public void onCompleteResponse(String full) {
        span.end();
      }

      @Override
      public void onError(Throwable error) {
        span.setStatus(StatusCode.ERROR);
        span.end();
      }
    });
  }

  public Flux<String> chatTokens(String prompt) {
    Span span = tracer.spanBuilder("chat.tokens").startSpan(); // tracelint-expect: UnclosedTrace
    return fluxModel.tokens(prompt)
        .doOnComplete(span::end)
        .doOnError(error -> {
          span.recordException(error);
          span.end();
        });
  }

  public Flux<String> chatTokensFinally(String prompt) {
    Span span = tracer.spanBuilder("chat.tokens.finally").startSpan();
    return fluxModel.tokens(prompt).doFinally(signal -> span.end());
  }
}
