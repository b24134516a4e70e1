package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;

/** Micrometer Observation in the styles its docs recommend: observe(..), and start/openScope/stop by hand. */
public class RealisticCleanObservationStyles {
  interface Embeddings {
    float[] embed(String text);
  }

  private final ObservationRegistry registry;
  private final Embeddings embeddings;

  RealisticCleanObservationStyles(ObservationRegistry registry, Embeddings embeddings) {
    this.registry = registry;
    this.embeddings = embeddings;
  }

  public float[] embedObserved(String text) {
    return Observation.createNotStarted("embedding", registry)
        .lowCardinalityKeyValue("model", "text-embedding-3-small")
        .observe(() -> embeddings.embed(text));
  }

  public float[] embedManually(String text) {
    Observation observation = Observation.createNotStarted("embedding.manual", registry).start();
    try (Observation.Scope scope = observation.openScope()) {
      float[] vector = embeddings.embed(text);
      observation.highCardinalityKeyValue("dimensions", String.valueOf(vector.length));
      return vector;
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public <T> T timed(String name, Supplier<T> work) {
    Observation observation = Observation.start(name, registry);
    try {
      return work.get();
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public void warmUp() {
    Observation.createNotStarted("warmup", registry).observe(() -> embeddings.embed("warm up"));
  }
}
