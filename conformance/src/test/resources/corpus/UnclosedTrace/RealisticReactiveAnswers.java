package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A WebFlux-style service streaming model answers, spans ended by Reactor callbacks. */
public class RealisticReactiveAnswers {
  interface StreamingChatClient {
    Flux<String> stream(String prompt);

    Mono<String> call(String prompt);
  }

  private final Tracer tracer;
  private final StreamingChatClient client;

  RealisticReactiveAnswers(Tracer tracer, StreamingChatClient client) {
    this.tracer = tracer;
    this.client = client;
  }

  public Flux<String> stream(String prompt) {
    Span span = tracer.spanBuilder("chat.stream").startSpan();
    return client.stream(prompt)
        .doOnError(e -> span.setStatus(StatusCode.ERROR))
        .doFinally(signal -> span.end());
  }

  public Mono<String> call(String prompt) {
    Span span = tracer.spanBuilder("chat.call").startSpan(); // tracelint-expect: UnclosedTrace
    return client.call(prompt)
        .doOnSuccess(answer -> span.end())
        .doOnError(error -> {
          span.recordException(error);
          span.end();
        });
  }

  public Mono<String> callDeferred(String prompt) {
    return Mono.defer(() -> {
      Span span = tracer.spanBuilder("chat.deferred").startSpan();
      return client.call(prompt).doFinally(signal -> span.end());
    });
  }
}
