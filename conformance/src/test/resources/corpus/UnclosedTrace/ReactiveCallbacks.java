package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.reactivex.rxjava3.core.Single;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A span or observation ended in a callback of a Reactor or RxJava publisher. A subscriber that cancels (a timeout, a
 * client gone, take(n)) signals neither success nor error: only doFinally, or a cancel callback together with the
 * terminal ones, ends it then. Mono.using, usingWhen and Flux.using own the resource themselves.
 */
public class ReactiveCallbacks {
  private final Tracer tracer;
  private final ObservationRegistry registry;
  private final ReactiveClient client;

  public ReactiveCallbacks(Tracer tracer, ObservationRegistry registry, ReactiveClient client) {
    this.tracer = tracer;
    this.registry = registry;
    this.client = client;
  }

  public Mono<String> flagsSpanEndedOnSuccessAndErrorOnly(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return client.call(prompt)
        .doOnSuccess(reply -> span.end())
        .doOnError(error -> {
          span.recordException(error);
          span.end();
        });
  }

  public Flux<String> flagsObservationStoppedOnTerminateOnly(String prompt) {
    Observation observation = Observation.createNotStarted("chat.stream", registry).start(); // tracelint-expect: UnclosedTrace -- observation 'observation'
    return client.stream(prompt).doOnTerminate(observation::stop);
  }

  public Flux<String> flagsSpanEndedOnCompleteAndErrorMapOnly(String prompt) {
    Span span = tracer.spanBuilder("chat.stream").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return client.stream(prompt)
        .doOnComplete(span::end)
        .onErrorMap(error -> {
          span.end();
          return new IllegalStateException(error);
        });
  }

  public Mono<String> flagsDoFinallyAttachedAfterEagerCodeThatThrows(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String request = client.render(prompt);
    return client.call(request).doFinally(signal -> span.end());
  }

  public Single<String> flagsRxSpanEndedOnSuccessAndErrorOnly(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return client.single(prompt).doOnSuccess(reply -> span.end()).doOnError(error -> span.end());
  }

  public Mono<String> acceptsSpanEndedInDoFinally(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    return client.call(prompt)
        .doOnError(span::recordException)
        .doFinally(signal -> span.end());
  }

  public Flux<String> acceptsObservationStoppedOnTerminateAndCancel(String prompt) {
    Observation observation = Observation.createNotStarted("chat.stream", registry).start();
    return client.stream(prompt)
        .doOnNext(chunk -> observation.event(Observation.Event.of("chunk")))
        .doOnTerminate(observation::stop)
        .doOnCancel(observation::stop);
  }

  public Mono<String> acceptsSpanOwnedByMonoUsing(String prompt) {
    return Mono.using(
        () -> tracer.spanBuilder("chat").startSpan(),
        span -> client.call(prompt),
        span -> span.end());
  }

  public Mono<String> acceptsSpanOwnedByUsingWhen(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    return Mono.usingWhen(Mono.just(span), started -> client.call(prompt), started -> Mono.fromRunnable(started::end));
  }

  public Flux<String> acceptsSpanOwnedByFluxUsing(String prompt) {
    return Flux.using(() -> tracer.spanBuilder("chat.stream").startSpan(), span -> client.stream(prompt), Span::end);
  }

  public Single<String> acceptsRxSpanEndedInDoFinally(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    return client.single(prompt).doOnError(span::recordException).doFinally(span::end);
  }

  public Mono<String> acceptsSpanHandedToTheSubscriberContext(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    return client.call(prompt)
        .doOnSuccess(reply -> span.end())
        .contextWrite(context -> context.put(Span.class, span));
  }

  /** A reactive model client. */
  public interface ReactiveClient {
    String render(String prompt);

    Mono<String> call(String prompt);

    Flux<String> stream(String prompt);

    Single<String> single(String prompt);
  }
}
