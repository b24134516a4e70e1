package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Retrieval for a RAG pipeline: a parent span and one child span per document batch. */
@Service
public class RealisticRagRetriever {
  interface EmbeddingStore {
    List<String> search(float[] vector, int maxResults);
  }

  interface Embedder {
    float[] embed(String text);
  }

  private final Tracer tracer;
  private final EmbeddingStore store;
  private final Embedder embedder;

  RealisticRagRetriever(Tracer tracer, EmbeddingStore store, Embedder embedder) {
    this.tracer = tracer;
    this.store = store;
    this.embedder = embedder;
  }

  public List<String> retrieve(String query, int maxResults) {
    Span parent = tracer.spanBuilder("rag.retrieve").startSpan();
    try (Scope scope = parent.makeCurrent()) {
      Span embedSpan = tracer.spanBuilder("rag.embed").startSpan();
      float[] vector;
      try {
        vector = embedder.embed(query);
      } finally {
        embedSpan.end();
      }
      return store.search(vector, maxResults);
    } catch (RuntimeException e) {
      parent.setStatus(StatusCode.ERROR, e.getMessage());
      throw e;
    } finally {
      parent.end();
    }
  }

  public List<String> retrieveAll(List<String> queries) {
    Span span = tracer.spanBuilder("rag.retrieveAll").startSpan(); // tracelint-expect: UnclosedTrace
    if (queries.isEmpty()) {
      return List.of();
    }
    try (Scope scope = span.makeCurrent()) {
      List<String> results = new ArrayList<>();
      for (String query : queries) {
        results.addAll(store.search(embedder.embed(query), 5));
      }
      return results;
    } finally {
      span.end();
    }
  }

  public List<String> retrieveEach(List<String> queries) {
    List<String> results = new ArrayList<>();
    for (String query : queries) {
      Span span = tracer.spanBuilder("rag.query").setAttribute("query.length", query.length()).startSpan();
      try {
        results.addAll(store.search(embedder.embed(query), 3));
      } finally {
        span.end();
      }
    }
    return results;
  }
}
