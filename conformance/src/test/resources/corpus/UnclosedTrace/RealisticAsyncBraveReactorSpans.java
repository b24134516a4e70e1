package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import brave.propagation.CurrentTraceContext;
import brave.propagation.TraceContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A Reactor-based vector store client traced with Brave: the span of a query covers the subscription, and the
 * trace context is put in scope only inside the callbacks that log.
 */
public class RealisticAsyncBraveReactorSpans {
  interface ReactiveVectorStore {
    Flux<String> similar(String query, int topK);

    Mono<Long> count();
  }

  private final Tracer tracer;
  private final CurrentTraceContext currentTraceContext;
  private final ReactiveVectorStore store;

  RealisticAsyncBraveReactorSpans(Tracer tracer, CurrentTraceContext currentTraceContext, ReactiveVectorStore store) {
    this.tracer = tracer;
    this.currentTraceContext = currentTraceContext;
    this.store = store;
  }

  public Flux<String> similar(String query, int topK) {
    Span span = tracer.nextSpan().name("vector.similar").tag("topK", Integer.toString(topK)).start();
    TraceContext context = span.context();
    return store.similar(query, topK)
        .doOnNext(hit -> {
          try (CurrentTraceContext.Scope scope = currentTraceContext.maybeScope(context)) {
            span.annotate("hit");
          }
        })
        .doOnError(span::error)
        .doFinally(signal -> span.finish());
  }

  public Mono<Long> count() {
    Span span = tracer.nextSpan().name("vector.count");
    span.start();
    return store.count().doFinally(signal -> span.finish());
  }

  /** The span is created lazily, once per subscriber, inside Mono.defer. */
  public Mono<Long> countPerSubscriber() {
    return Mono.defer(() -> {
      Span span = tracer.nextSpan().name("vector.count.lazy").start();
      return store.count().doFinally(signal -> span.finish());
    });
  }

  public Mono<Long> countEndedOnTerminateOnly() {
    Span span = tracer.nextSpan().name("vector.count.terminate").start(); // tracelint-expect: UnclosedTrace
    return store.count().doAfterTerminate(span::finish);
  }

  /** Mono.using ties the span to the subscription: the cleanup runs on complete, error and cancel. */
  public Mono<Long> countUsing() {
    return Mono.using(
        () -> tracer.nextSpan().name("vector.count.using").start(),
        span -> store.count(),
        Span::finish);
  }
}
