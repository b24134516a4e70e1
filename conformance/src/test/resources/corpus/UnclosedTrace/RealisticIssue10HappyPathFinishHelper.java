package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;

/** A retrieval service whose spans are closed by a small helper of the class, not always from a finally. */
public class RealisticIssue10HappyPathFinishHelper {
  interface VectorIndex {
    List<String> nearest(String query, int k);
  }

  private final Tracer tracer;
  private final VectorIndex index;

  RealisticIssue10HappyPathFinishHelper(Tracer tracer, VectorIndex index) {
    this.tracer = tracer;
    this.index = index;
  }

  public List<String> retrieve(String query) {
    Span retrieval = tracer.spanBuilder("rag.retrieve").startSpan(); // tracelint-expect: UnclosedTrace
    retrieval.setAttribute("rag.query.length", query.length());
    List<String> hits = index.nearest(query, 8);
    closeRetrieval(retrieval, hits);
    return hits;
  }

  public List<String> retrieveScoped(String query) {
    Span retrieval = tracer.spanBuilder("rag.retrieve.scoped").startSpan();
    try (Scope ignored = retrieval.makeCurrent()) {
      List<String> hits = index.nearest(query, 8);
      retrieval.setAttribute("rag.hits", hits.size());
      return hits;
    } finally {
      closeRetrieval(retrieval, null);
    }
  }

  public void markEmpty(String query) {
    Span marker = tracer.spanBuilder("rag.empty").startSpan();
    marker.setAttribute("rag.query", query);
    closeRetrieval(marker, List.of());
  }

  public List<String> rerank(String query) {
    Span rerank = tracer.spanBuilder("rag.rerank").startSpan(); // tracelint-expect: UnclosedTrace
    try (Scope ignored = rerank.makeCurrent()) {
      List<String> hits = index.nearest(query, 32);
      closeRetrieval(rerank, hits);
      return hits.subList(0, Math.min(4, hits.size()));
    }
  }

  private void closeRetrieval(Span span, List<String> hits) {
    if (hits == null || hits.isEmpty()) {
      span.setStatus(StatusCode.ERROR, "no hits");
    } else {
      span.setAttribute("rag.hits", hits.size());
    }
    span.end();
  }
}
