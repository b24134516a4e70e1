package corpus.fullsecretlogged;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * A retrieval-augmented answer pipeline: an observation per retrieval, a counter per index, span attributes with the
 * caller's tenant. Copying the raw Authorization header onto the span sends the caller's credential to the backend.
 */
public class RealisticAppRagPipelineTelemetry {
  record Chunk(String documentId, double score, String text) {}

  interface VectorStore {
    String indexName();

    List<Chunk> search(String query, int topK);
  }

  private final ObservationRegistry observations;
  private final MeterRegistry meters;
  private final VectorStore store;

  public RealisticAppRagPipelineTelemetry(ObservationRegistry observations, MeterRegistry meters, VectorStore store) {
    this.observations = observations;
    this.meters = meters;
    this.store = store;
  }

  public List<Chunk> retrieve(String query, int topK) {
    Observation observation = Observation.createNotStarted("rag.retrieve", observations)
        .lowCardinalityKeyValue("vector.store", store.indexName())
        .lowCardinalityKeyValue("top_k", Integer.toString(topK))
        .highCardinalityKeyValue("query.length", Integer.toString(query.length()));
    List<Chunk> chunks = observation.observe(() -> store.search(query, topK));
    Counter.builder("rag.chunks.returned")
        .tag("index", store.indexName())
        .register(meters)
        .increment(chunks.size());
    return chunks;
  }

  public void annotate(HttpServletRequest request, Span span) {
    String tenant = request.getHeader("X-Tenant-Id");
    span.setAttribute("app.tenant", tenant);
    span.setAttribute("http.request.header.x_request_id", request.getHeader("X-Request-Id"));
    span.setAttribute("app.authenticated", request.getHeader("Authorization") != null);
  }

  /** Copies every caller header onto the span "for debugging", the credential included. */
  public void annotateVerbose(HttpServletRequest request, Span span) {
    span.setAttribute("http.request.header.user_agent", request.getHeader("User-Agent"));
    span.setAttribute("http.request.header.authorization", request.getHeader("Authorization")); // tracelint-expect: FullSecretLogged
  }
}
