package corpus.unclosedtrace;

import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;
import io.opentracing.tag.Tags;
import io.opentracing.util.GlobalTracer;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** A service traced through the OpenTracing API, as Datadog's Java tracer documents for manual spans. */
public class RealisticAppOpenTracingDatadogHandler {
  interface Embeddings {
    List<float[]> embed(List<String> texts);
  }

  private final Supplier<Tracer> tracers;
  private final Embeddings embeddings;

  public RealisticAppOpenTracingDatadogHandler(Embeddings embeddings) {
    this(GlobalTracer::get, embeddings);
  }

  RealisticAppOpenTracingDatadogHandler(Supplier<Tracer> tracers, Embeddings embeddings) {
    this.tracers = tracers;
    this.embeddings = embeddings;
  }

  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return Collections.emptyList();
    }
    Tracer tracer = tracers.get();
    Span span = tracer.buildSpan("embeddings.create")
        .withTag("embeddings.count", texts.size())
        .withTag(Tags.SPAN_KIND.getKey(), Tags.SPAN_KIND_CLIENT)
        .start();
    try (Scope scope = tracer.activateSpan(span)) {
      return embeddings.embed(texts);
    } catch (RuntimeException e) {
      Tags.ERROR.set(span, true);
      span.log(java.util.Map.of("event", "error", "error.object", e));
      throw e;
    } finally {
      span.finish();
    }
  }

  /** Batched: each batch has a child span finished in finally, the parent too. */
  public int embedInBatches(List<String> texts, int batchSize) {
    Tracer tracer = tracers.get();
    Span parent = tracer.buildSpan("embeddings.batches").start();
    int total = 0;
    try (Scope outer = tracer.activateSpan(parent)) {
      for (int from = 0; from < texts.size(); from += batchSize) {
        List<String> batch = texts.subList(from, Math.min(texts.size(), from + batchSize));
        Span child = tracer.buildSpan("embeddings.batch").asChildOf(parent).start();
        try (Scope inner = tracer.activateSpan(child)) {
          total += embeddings.embed(batch).size();
        } finally {
          child.finish();
        }
      }
      return total;
    } finally {
      parent.finish();
    }
  }
}
