package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A publisher operator decorates a new publisher and runs nothing until someone subscribes to it. Flagged: a Reactor
 * or RxJava chain that would end the span, standing alone as a statement while the undecorated publisher is returned:
 * the decorated one is dropped, so its callbacks never run. Not flagged: the decorated publisher returned, kept and
 * returned, or subscribed in the same statement, and a CompletableFuture callback as a statement, which runs whether
 * or not its result is kept.
 */
public class DroppedPublisherCallbacks {
  private final Tracer tracer;
  private final ObservationRegistry registry;

  public DroppedPublisherCallbacks(Tracer tracer, ObservationRegistry registry) {
    this.tracer = tracer;
    this.registry = registry;
  }

  public Flux<String> flagsDoFinallyWhoseFluxIsDropped(Flux<String> tokens) {
    Span span = tracer.spanBuilder("feed.tokens").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    tokens.doFinally(signal -> span.end());
    return tokens;
  }

  public Mono<String> flagsDroppedChainEndingOnTerminateAndCancel(Mono<String> summary) {
    Observation observation = Observation.start("feed.summary", registry); // tracelint-expect: UnclosedTrace -- observation 'observation'
    summary.doOnTerminate(observation::stop).doOnCancel(observation::stop).map(String::trim);
    return summary;
  }

  public Flowable<String> flagsRxDoFinallyWhoseFlowableIsDropped(Flowable<String> source) {
    Span rows = tracer.spanBuilder("feed.rows").startSpan(); // tracelint-expect: UnclosedTrace -- span 'rows'
    rows.setAttribute("source", "flowable");
    source.doFinally(rows::end);
    return source;
  }

  public Flux<String> acceptsDecoratedFluxReturned(Flux<String> tokens) {
    Span span = tracer.spanBuilder("feed.tokens.returned").startSpan();
    return tokens.doFinally(signal -> span.end());
  }

  public Mono<String> acceptsDecoratedMonoKeptAndReturned(Mono<String> summary) {
    Span span = tracer.spanBuilder("feed.summary.kept").startSpan();
    Mono<String> traced = summary.doFinally(signal -> span.end());
    return traced;
  }

  public void acceptsDecoratedMaybeSubscribedInTheStatement(Maybe<String> warmUp) {
    Span lookup = tracer.spanBuilder("feed.warmup").startSpan();
    warmUp.doFinally(lookup::end).subscribe();
  }

  public CompletableFuture<String> acceptsFutureCallbackAsAStatement(CompletableFuture<String> answer) {
    Span span = tracer.spanBuilder("feed.answer").startSpan();
    answer.whenComplete((value, error) -> span.end());
    return answer;
  }
}
