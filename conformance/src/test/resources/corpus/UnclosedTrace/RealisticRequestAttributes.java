package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.UUID;

/** Spans tagged with ids, sizes and limits computed just before the try, as request code does. */
public class RealisticRequestAttributes {
  interface Search {
    String query(String text, int limit);
  }

  private final Tracer tracer;
  private final Search search;

  RealisticRequestAttributes(Tracer tracer, Search search) {
    this.tracer = tracer;
    this.search = search;
  }

  public String search(UUID userId, String text, int requestedLimit) {
    Span span = tracer.spanBuilder("search").startSpan();
    span.setAttribute("user.id", userId.toString());
    span.setAttribute("request.id", UUID.randomUUID().toString());
    int limit = Math.min(requestedLimit, 50);
    span.setAttribute("search.limit", limit);
    try (Scope scope = span.makeCurrent()) {
      return search.query(text, limit);
    } finally {
      span.end();
    }
  }

  public String searchWithTimeout(String text, Duration timeout) {
    Span span = tracer.spanBuilder("search.timeout").startSpan();
    span.setAttribute("timeout.ms", Math.max(0, timeout.toMillis()));
    try (Scope scope = span.makeCurrent()) {
      return search.query(text, 10);
    } finally {
      span.end();
    }
  }

  public String searchParsed(String text, String limitParameter) {
    Span span = tracer.spanBuilder("search.parsed").startSpan(); // tracelint-expect: UnclosedTrace
    int limit = Integer.parseInt(limitParameter);
    try (Scope scope = span.makeCurrent()) {
      return search.query(text, limit);
    } finally {
      span.end();
    }
  }
}
