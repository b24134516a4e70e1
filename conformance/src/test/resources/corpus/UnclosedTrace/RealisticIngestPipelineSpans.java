package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** A document-ingest pipeline with spans across threads, guards and parents. */
public class RealisticIngestPipelineSpans {
  interface Chunker {
    List<String> chunk(String document);
  }

  interface Sink {
    void write(List<String> chunks);
  }

  private final Tracer tracer;
  private final Chunker chunker;
  private final Sink sink;
  private final ExecutorService executor;
  private final ObservationRegistry registry;

  RealisticIngestPipelineSpans(Tracer tracer, Chunker chunker, Sink sink, ExecutorService executor,
      ObservationRegistry registry) {
    this.tracer = tracer;
    this.chunker = chunker;
    this.sink = sink;
    this.executor = executor;
    this.registry = registry;
  }

  public void ingest(String document, Span parent) {
    var span = tracer.spanBuilder("ingest").setParent(Context.current().with(parent)).startSpan();
    try (Scope scope = span.makeCurrent()) {
      sink.write(chunker.chunk(document));
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  public void ingestChecked(String document) {
    Span span = tracer.spanBuilder("ingest.checked").startSpan(); // tracelint-expect: UnclosedTrace
    Objects.requireNonNull(document, "document");
    try {
      sink.write(chunker.chunk(document));
    } finally {
      span.end();
    }
  }

  public void ingestValidated(String document) {
    if (document == null || document.isBlank()) {
      throw new IllegalArgumentException("empty document");
    }
    Span span = tracer.spanBuilder("ingest.validated").startSpan();
    try {
      sink.write(chunker.chunk(document));
    } finally {
      span.end();
    }
  }

  public CompletableFuture<Void> ingestAsync(String document) {
    Span span = tracer.spanBuilder("ingest.async").startSpan();
    return CompletableFuture.runAsync(() -> {
      try (Scope scope = span.makeCurrent()) {
        sink.write(chunker.chunk(document));
      } finally {
        span.end();
      }
    }, executor);
  }

  public void ingestInBackground(String document) {
    executor.submit(() -> {
      Span span = tracer.spanBuilder("ingest.background").startSpan(); // tracelint-expect: UnclosedTrace
      List<String> chunks = chunker.chunk(document);
      sink.write(chunks);
      span.end();
    });
  }

  public void ingestScoped(String document) {
    Span span = tracer.spanBuilder("ingest.scoped").startSpan();
    Scope scope = span.makeCurrent();
    try {
      sink.write(chunker.chunk(document));
    } finally {
      scope.close();
      span.end();
    }
  }

  public void ingestObserved(String document) {
    Observation.createNotStarted("ingest.observed", registry).start(); // tracelint-expect: UnclosedTrace
    sink.write(chunker.chunk(document));
  }

  public void ingestObservedProperly(String document) {
    Observation.createNotStarted("ingest.observed", registry).observe(() -> sink.write(chunker.chunk(document)));
  }
}
