package corpus.unclosedtrace;

import brave.ScopedSpan;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Mono;

/** A reranking service using Brave scoped spans and Micrometer scopes, with a few reactive resources. */
public final class RealisticIssue10BraveScopedAndObservationScopes {
  interface Reranker {
    double[] scores(String query, String[] passages);
  }

  interface ReactiveStore {
    Mono<String> load(String id);
  }

  private final brave.Tracer tracer;
  private final ObservationRegistry registry;
  private final Reranker reranker;
  private final ReactiveStore store;

  RealisticIssue10BraveScopedAndObservationScopes(brave.Tracer tracer, ObservationRegistry registry, Reranker reranker,
      ReactiveStore store) {
    this.tracer = tracer;
    this.registry = registry;
    this.reranker = reranker;
    this.store = store;
  }

  public double[] rerank(String query, String[] passages) {
    ScopedSpan span = tracer.startScopedSpan("rerank"); // tracelint-expect: UnclosedTrace
    span.tag("passages", String.valueOf(passages.length));
    double[] scores = reranker.scores(query, passages);
    finishScoped(span);
    return scores;
  }

  public double[] rerankSafely(String query, String[] passages) {
    ScopedSpan span = tracer.startScopedSpan("rerank.safe");
    try {
      return reranker.scores(query, passages);
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      finishScoped(span);
    }
  }

  public double[] rerankObserved(String query, String[] passages) {
    Observation observation = Observation.start("rerank.observed", registry);
    try (Observation.Scope scope = observation.openScope()) {
      return reranker.scores(query, passages);
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public double[] rerankEndedInCatchOnly(String query, String[] passages) {
    Observation observation = Observation.start("rerank.catch", registry); // tracelint-expect: UnclosedTrace
    try (Observation.Scope scope = observation.openScope()) {
      return reranker.scores(query, passages);
    } catch (RuntimeException e) {
      observation.error(e);
      observation.stop();
      throw e;
    }
  }

  public Mono<String> loadObserved(String id) {
    return Mono.usingWhen(
        Mono.fromSupplier(() -> Observation.start("store.load", registry)),
        observation -> store.load(id),
        observation -> Mono.fromRunnable(observation::stop));
  }

  private static void finishScoped(ScopedSpan span) {
    span.finish();
  }
}
