package corpus.unclosedtrace;

import brave.ScopedSpan;
import brave.Span;
import brave.Tracer;
import brave.Tracer.SpanInScope;
import java.util.List;

/** Brave instrumentation as the Brave javadoc writes it: finish in finally, scope independent of the span. */
public class RealisticCleanBraveScopedSpan {
  interface Indexer {
    void index(String document);
  }

  private final Tracer tracer;
  private final Indexer indexer;

  RealisticCleanBraveScopedSpan(Tracer tracer, Indexer indexer) {
    this.tracer = tracer;
    this.indexer = indexer;
  }

  public void indexScoped(String document) {
    ScopedSpan span = tracer.startScopedSpan("index");
    try {
      span.tag("document.length", String.valueOf(document.length()));
      indexer.index(document);
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  public void indexBatch(List<String> documents) {
    Span span = tracer.nextSpan().name("index.batch").start();
    try (SpanInScope ws = tracer.withSpanInScope(span)) {
      for (String document : documents) {
        indexer.index(document);
      }
      span.tag("batch.size", String.valueOf(documents.size()));
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  public boolean indexIfSampled(String document) {
    Span span = tracer.nextSpan();
    if (span.isNoop()) {
      indexer.index(document);
      return false;
    }
    span.name("index.sampled").start();
    try {
      indexer.index(document);
      return true;
    } finally {
      span.finish();
    }
  }
}
