package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Retrieval code written with streams, method references and Optional chains: spans live inside lambdas that end
 * them in finally, and Micrometer's observe wrappers carry the lifecycle.
 */
public class RealisticModernStreamsAndOptional {
  record Chunk(String id, String text, double score) {}

  interface Retriever {
    List<Chunk> retrieve(String query);

    Optional<Chunk> lookup(String id);
  }

  private final Tracer tracer;
  private final ObservationRegistry registry;
  private final Retriever retriever;

  public RealisticModernStreamsAndOptional(Tracer tracer, ObservationRegistry registry, Retriever retriever) {
    this.tracer = tracer;
    this.registry = registry;
    this.retriever = retriever;
  }

  public List<Chunk> retrieveAll(List<String> queries) {
    return queries.stream()
        .map(
            query -> {
              Span span = tracer.spanBuilder("retrieve").setAttribute("query.length", (long) query.length()).startSpan();
              try {
                return retriever.retrieve(query);
              } finally {
                span.end();
              }
            })
        .flatMap(List::stream)
        .filter(chunk -> chunk.score() > 0.2)
        .collect(Collectors.toList());
  }

  public Optional<String> textOf(String id) {
    return Observation.createNotStarted("lookup", registry)
        .lowCardinalityKeyValue("kind", "chunk")
        .observe(() -> retriever.lookup(id).map(Chunk::text).filter(t -> !t.isBlank()));
  }

  public String bestText(String query) {
    Function<String, List<Chunk>> traced =
        q -> {
          Observation observation = Observation.start("retrieve.best", registry);
          try (Observation.Scope scope = observation.openScope()) {
            return retriever.retrieve(q);
          } catch (RuntimeException e) {
            observation.error(e);
            throw e;
          } finally {
            observation.stop();
          }
        };
    return traced.apply(query).stream()
        .max(java.util.Comparator.comparingDouble(Chunk::score))
        .map(Chunk::text)
        .orElse("");
  }

  public List<String> idsOf(String query) {
    return retriever.retrieve(query).stream()
        .peek(
            chunk -> {
              Span span = tracer.spanBuilder("seen").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
              retriever.lookup(chunk.id());
              span.end();
            })
        .map(Chunk::id)
        .toList();
  }
}
