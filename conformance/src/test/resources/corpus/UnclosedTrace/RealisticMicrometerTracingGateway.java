package corpus.unclosedtrace;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.List;

/** An embeddings gateway traced with Micrometer Tracing, nested spans per provider call. */
public class RealisticMicrometerTracingGateway {
  interface EmbeddingProvider {
    List<float[]> embed(List<String> texts);
  }

  private final Tracer tracer;
  private final EmbeddingProvider primary;
  private final EmbeddingProvider secondary;

  RealisticMicrometerTracingGateway(Tracer tracer, EmbeddingProvider primary, EmbeddingProvider secondary) {
    this.tracer = tracer;
    this.primary = primary;
    this.secondary = secondary;
  }

  public List<float[]> embed(List<String> texts) {
    Span outer = tracer.nextSpan().name("embeddings.embed").start();
    try (Tracer.SpanInScope ws = tracer.withSpan(outer)) {
      Span call = tracer.nextSpan().name("embeddings.primary").start();
      try {
        return primary.embed(texts);
      } catch (RuntimeException e) {
        call.error(e);
        return secondary.embed(texts);
      } finally {
        call.end();
      }
    } finally {
      outer.end();
    }
  }

  public List<float[]> embedWithFallback(List<String> texts) {
    Span outer = tracer.nextSpan().name("embeddings.fallback").start();
    try (Tracer.SpanInScope ws = tracer.withSpan(outer)) {
      Span call = tracer.nextSpan().name("embeddings.secondary").start(); // tracelint-expect: UnclosedTrace
      List<float[]> vectors = secondary.embed(texts);
      call.tag("count", String.valueOf(vectors.size()));
      call.end();
      return vectors;
    } finally {
      outer.end();
    }
  }

  public List<float[]> embedChecked(List<String> texts) {
    Span span = tracer.nextSpan().name("embeddings.checked").start();
    try {
      List<float[]> vectors = primary.embed(texts);
      span.end();
      return vectors;
    } catch (Throwable t) {
      span.error(t);
      span.end();
      throw t;
    }
  }
}
