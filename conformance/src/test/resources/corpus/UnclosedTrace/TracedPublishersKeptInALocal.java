package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.reactivex.rxjava3.core.Single;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A traced publisher kept in a local ends the span only once somebody subscribes to it. Flagged: a path from the
 * local's declaration that returns something else (a cache hit, an empty answer) or throws before the local is used,
 * so the publisher is dropped with the span. Not flagged: every path returns, subscribes to, chains on or passes on the
 * local; the early exit comes before the span starts; a CompletableFuture kept in a local, whose callbacks run whether
 * or not it is returned; a finally that ends the span itself.
 */
public class TracedPublishersKeptInALocal {
  interface Catalog {
    Mono<String> describe(String sku);

    Flux<String> variants(String sku);

    Single<Integer> stock(String sku);

    CompletableFuture<String> price(String sku);
  }

  interface Auditor {
    void record(String event);

    void watch(Mono<String> answer);
  }

  private final Tracer tracer;
  private final ObservationRegistry registry;
  private final Catalog catalog;
  private final Auditor auditor;
  private final Map<String, String> descriptions = new ConcurrentHashMap<>();

  public TracedPublishersKeptInALocal(Tracer tracer, ObservationRegistry registry, Catalog catalog, Auditor auditor) {
    this.tracer = tracer;
    this.registry = registry;
    this.catalog = catalog;
    this.auditor = auditor;
  }

  public Mono<String> flagsCacheHitReturnedInsteadOfTheTracedMono(String sku) {
    Span span = tracer.spanBuilder("catalog.describe").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Mono<String> traced = catalog.describe(sku).doFinally(signal -> span.end());
    String cached = descriptions.get(sku);
    if (cached != null) {
      return Mono.just(cached);
    }
    return traced;
  }

  public Flux<String> flagsAuditCallBetweenTheTracedFluxAndItsReturn(String sku) {
    Observation observation = Observation.start("catalog.variants", registry); // tracelint-expect: UnclosedTrace -- observation 'observation'
    Flux<String> variants = catalog.variants(sku).doFinally(signal -> observation.stop());
    auditor.record("variants requested for " + sku);
    return variants;
  }

  public Single<Integer> flagsTracedSingleDroppedOnAnEmptySku(String sku) {
    Span span = tracer.spanBuilder("catalog.stock").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Single<Integer> stock = catalog.stock(sku).doFinally(span::end);
    if (sku.isBlank()) {
      return Single.just(0);
    }
    return stock.map(count -> Math.max(count, 0));
  }

  public Mono<String> acceptsCacheCheckedBeforeTheSpanStarts(String sku) {
    String cached = descriptions.get(sku);
    if (cached != null) {
      return Mono.just(cached);
    }
    Span span = tracer.spanBuilder("catalog.describe").startSpan();
    Mono<String> traced = catalog.describe(sku).doFinally(signal -> span.end());
    return traced;
  }

  public Mono<String> acceptsEveryBranchReturningTheTracedMono(String sku, boolean trimmed) {
    Span span = tracer.spanBuilder("catalog.describe").startSpan();
    Mono<String> traced = catalog.describe(sku).doFinally(signal -> span.end());
    if (trimmed) {
      return traced.map(String::trim);
    }
    return traced;
  }

  public Mono<String> acceptsTracedMonoHandedToAWatcherFirst(String sku) {
    Span span = tracer.spanBuilder("catalog.watched").startSpan();
    Mono<String> traced = catalog.describe(sku).doFinally(signal -> span.end());
    auditor.watch(traced);
    if (sku.isBlank()) {
      return Mono.empty();
    }
    return traced;
  }

  public void acceptsTracedFluxSubscribedOnEveryPath(String sku, boolean verbose) {
    Observation observation = Observation.start("catalog.prefetch", registry);
    Flux<String> variants = catalog.variants(sku).doFinally(signal -> observation.stop());
    if (verbose) {
      variants.subscribe(auditor::record);
      return;
    }
    variants.subscribe();
  }

  public Mono<String> acceptsFinallyThatEndsTheSpanWhateverBecomesOfThePublisher(String sku) {
    Span span = tracer.spanBuilder("catalog.assembly").startSpan();
    try {
      Mono<String> traced = catalog.describe(sku).doFinally(signal -> span.end());
      if (sku.isBlank()) {
        return Mono.empty();
      }
      return traced;
    } finally {
      span.end();
    }
  }

  public CompletableFuture<String> acceptsFutureKeptInALocalThatRunsItsCallbacksAnyway(String sku) {
    Span span = tracer.spanBuilder("catalog.price").startSpan();
    CompletableFuture<String> price = catalog.price(sku).whenComplete((value, error) -> span.end());
    if (sku.isBlank()) {
      return CompletableFuture.completedFuture("0");
    }
    return price;
  }
}
