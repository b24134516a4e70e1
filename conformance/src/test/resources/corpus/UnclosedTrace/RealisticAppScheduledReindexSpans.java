package corpus.unclosedtrace;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;

/** A Spring scheduler that refreshes the vector index of a RAG service, traced with Micrometer Tracing. */
public class RealisticAppScheduledReindexSpans {
  interface DocumentSource {
    List<String> changedSince(Instant since);
  }

  interface VectorIndex {
    void upsert(String documentId);

    void deleteStale(Duration olderThan);
  }

  private final Tracer tracer;
  private final DocumentSource source;
  private final VectorIndex index;
  private volatile Instant lastRun = Instant.EPOCH;

  public RealisticAppScheduledReindexSpans(Tracer tracer, DocumentSource source, VectorIndex index) {
    this.tracer = tracer;
    this.source = source;
    this.index = index;
  }

  @Scheduled(fixedDelayString = "PT5M")
  public void reindex() {
    Span span = tracer.nextSpan().name("rag.reindex").start();
    try (Tracer.SpanInScope ws = tracer.withSpan(span)) {
      Instant started = Instant.now();
      List<String> changed = source.changedSince(lastRun);
      span.tag("rag.reindex.documents", Integer.toString(changed.size()));
      for (String documentId : changed) {
        upsertOne(documentId);
      }
      lastRun = started;
    } catch (RuntimeException e) {
      span.error(e);
      throw e;
    } finally {
      span.end();
    }
  }

  private void upsertOne(String documentId) {
    Span child = tracer.nextSpan().name("rag.upsert").tag("document.id", documentId).start();
    try {
      index.upsert(documentId);
    } finally {
      child.end();
    }
  }

  /** The nightly cleanup: the scope and the span both in one try, the span ended in finally. */
  @Scheduled(cron = "0 0 3 * * *")
  public void cleanup() {
    Span span = tracer.nextSpan().name("rag.cleanup").start();
    try (Tracer.SpanInScope ws = tracer.withSpan(span)) {
      index.deleteStale(Duration.ofDays(30));
    } finally {
      span.end();
    }
  }

  /** Started with start() on a span kept in a local; ended in finally. */
  @Scheduled(cron = "0 30 3 * * *")
  public void compact() {
    Span span = tracer.nextSpan().name("rag.compact");
    span.start();
    try {
      index.deleteStale(Duration.ZERO);
    } finally {
      span.end();
    }
  }
}
