package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.scheduling.annotation.Async;

/**
 * Spring @Async services of an ingestion pipeline: each method runs on the task executor and observes its own work
 * with the usual start / scope / finally-stop pattern, or hands its observation to the stage that ends it.
 */
public class RealisticAsyncSpringAsyncObservations {
  interface DocumentStore {
    String load(String id);

    void index(String id, String text);
  }

  interface Embedder {
    float[] embed(String text);
  }

  private final ObservationRegistry registry;
  private final DocumentStore store;
  private final Embedder embedder;
  private final Executor embeddingPool;

  RealisticAsyncSpringAsyncObservations(
      ObservationRegistry registry, DocumentStore store, Embedder embedder, Executor embeddingPool) {
    this.registry = registry;
    this.store = store;
    this.embedder = embedder;
    this.embeddingPool = embeddingPool;
  }

  @Async
  public CompletableFuture<Integer> reindex(String id) {
    Observation observation = Observation.createNotStarted("ingest.reindex", registry)
        .lowCardinalityKeyValue("source", "store")
        .start();
    try (Observation.Scope scope = observation.openScope()) {
      String text = store.load(id);
      store.index(id, text);
      return CompletableFuture.completedFuture(text.length());
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  @Async
  public CompletableFuture<float[]> embed(String id) {
    Observation observation = Observation.start("ingest.embed", registry);
    return CompletableFuture.supplyAsync(() -> store.load(id), embeddingPool)
        .thenApplyAsync(embedder::embed, embeddingPool)
        .whenComplete((vector, error) -> {
          if (error != null) {
            observation.error(error);
          }
          observation.stop();
        });
  }

  @Async
  public CompletableFuture<Void> embedEach(Iterable<String> ids) {
    CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
    for (String id : ids) {
      all = all.thenRunAsync(() -> embedOne(id), embeddingPool);
    }
    return all;
  }

  private void embedOne(String id) {
    Observation.createNotStarted("ingest.embed.one", registry)
        .lowCardinalityKeyValue("kind", "document")
        .observe(() -> embedder.embed(store.load(id)));
  }

  @Async
  public CompletableFuture<String> loadObservedInTheTask(String id) {
    return CompletableFuture.supplyAsync(() -> {
      Observation observation = Observation.start("ingest.load", registry);
      try (Observation.Scope scope = observation.openScope()) {
        return store.load(id);
      } finally {
        observation.stop();
      }
    }, embeddingPool);
  }

  @Async
  public CompletableFuture<String> loadWithLeakInTheTask(String id) {
    return CompletableFuture.supplyAsync(() -> {
      Observation observation = Observation.start("ingest.load.leaky", registry); // tracelint-expect: UnclosedTrace
      String text = store.load(id);
      observation.stop();
      return text;
    }, embeddingPool);
  }
}
