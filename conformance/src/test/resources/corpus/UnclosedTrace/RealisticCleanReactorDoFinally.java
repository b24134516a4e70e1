package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reactive streaming of model output: spans ended in doFinally or owned by Mono.using. */
public class RealisticCleanReactorDoFinally {
  interface StreamingModel {
    Flux<String> stream(String prompt);

    Mono<String> call(String prompt);
  }

  private final Tracer tracer;
  private final StreamingModel model;

  RealisticCleanReactorDoFinally(Tracer tracer, StreamingModel model) {
    this.tracer = tracer;
    this.model = model;
  }

  public Flux<String> stream(String prompt) {
    Span span = tracer.spanBuilder("chat.stream").startSpan();
    return model.stream(prompt)
        .doOnError(error -> span.setStatus(StatusCode.ERROR))
        .doFinally(signal -> span.end());
  }

  public Mono<String> call(String prompt) {
    return Mono.using(
        () -> tracer.spanBuilder("chat.call").startSpan(),
        span -> model.call(prompt).doOnNext(answer -> span.setAttribute("length", answer.length())),
        Span::end);
  }

  public Mono<String> callDeferred(String prompt) {
    return Mono.defer(() -> {
      Span span = tracer.spanBuilder("chat.deferred").startSpan();
      return model.call(prompt).doFinally(signal -> span.end());
    });
  }

  public Flux<String> streamCounted(String prompt) {
    Span span = tracer.spanBuilder("chat.stream.counted").startSpan();
    return model.stream(prompt)
        .doOnTerminate(span::end)
        .doOnCancel(span::end);
  }
}
