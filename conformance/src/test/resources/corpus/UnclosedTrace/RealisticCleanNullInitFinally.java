package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;

/** Retrieval step of a RAG pipeline: span declared null and started inside the try, guarded end in finally. */
public class RealisticCleanNullInitFinally {
  interface VectorStore {
    List<String> search(float[] embedding, int topK);
  }

  interface Embedder {
    float[] embed(String text);
  }

  private final Tracer tracer;
  private final VectorStore store;
  private final Embedder embedder;

  RealisticCleanNullInitFinally(Tracer tracer, VectorStore store, Embedder embedder) {
    this.tracer = tracer;
    this.store = store;
    this.embedder = embedder;
  }

  public List<String> retrieve(String question, int topK) {
    Span span = null;
    try {
      span = tracer.spanBuilder("retrieve").setParent(Context.current()).startSpan();
      span.setAttribute("retrieval.top_k", topK);
      float[] vector = embedder.embed(question);
      List<String> documents = store.search(vector, topK);
      span.setAttribute("retrieval.documents", documents.size());
      return documents;
    } catch (RuntimeException e) {
      if (span != null) {
        span.setStatus(StatusCode.ERROR, "retrieval failed");
      }
      throw e;
    } finally {
      if (span != null) {
        span.end();
      }
    }
  }

  public List<String> retrieveEach(List<String> questions) {
    List<String> all = new ArrayList<>();
    for (String question : questions) {
      Span span = tracer.spanBuilder("retrieve.one").startSpan();
      try (Scope scope = span.makeCurrent()) {
        all.addAll(store.search(embedder.embed(question), 3));
      } finally {
        span.end();
      }
    }
    return all;
  }

  public float[] embedTimed(String text) {
    long started = System.nanoTime();
    Span span = tracer.spanBuilder("embed").setStartTimestamp(started, java.util.concurrent.TimeUnit.NANOSECONDS).startSpan();
    try {
      return embedder.embed(text);
    } finally {
      span.end();
    }
  }
}
