package corpus.unclosedtrace;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Multi-tenant tracing: between the start and the try only the tracing API runs (baggage reads, attribute builders,
 * context carriers) and size queries on record accessors, and the span is ended in the finally; a size query on the
 * result of a search runs the search, which can fail before the try.
 */
public class RealisticModernBaggageAndAttributes {
  private static final AttributeKey<String> TENANT = AttributeKey.stringKey("tenant.id");

  record Query(String text, int topK) {}

  interface Index {
    java.util.List<String> search(Query query);
  }

  private final Tracer tracer;
  private final Index index;

  public RealisticModernBaggageAndAttributes(Tracer tracer, Index index) {
    this.tracer = tracer;
    this.index = index;
  }

  public java.util.List<String> search(Query query) {
    Span span = tracer.spanBuilder("search").setSpanKind(SpanKind.CLIENT).startSpan();
    String tenant = Baggage.current().getEntryValue("tenant");
    Attributes attributes = Attributes.builder().put(TENANT, tenant == null ? "none" : tenant).put("top_k", query.topK()).build();
    span.setAllAttributes(attributes);
    Context context = Context.current().with(span);
    try (Scope scope = context.makeCurrent()) {
      return index.search(query);
    } finally {
      span.end();
    }
  }

  public java.util.List<String> searchWithEvent(Query query) {
    Span span = tracer.spanBuilder("search.event").startSpan();
    span.addEvent("query", Attributes.of(AttributeKey.longKey("length"), (long) query.text().length()));
    Span.current().setAttribute("child.started", true);
    try (Scope scope = span.makeCurrent()) {
      return index.search(query);
    } finally {
      span.end();
    }
  }

  public int countBeforeTheTry(Query query) {
    Span span = tracer.spanBuilder("search.count").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    int hits = index.search(query).size();
    try (Scope scope = span.makeCurrent()) {
      span.setAttribute("hits", hits);
      return hits == 0 ? 0 : index.search(new Query(query.text(), hits)).size();
    } finally {
      span.end();
    }
  }
}
