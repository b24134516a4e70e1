package corpus.unclosedtrace;

import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;
import io.opentracing.tag.Tags;
import java.util.Map;

/** OpenTracing as its README advises: start the span, activate it in try-with-resources, finish in finally. */
public class RealisticCleanOpenTracingHandler {
  interface Downstream {
    String send(String path, Map<String, String> headers);
  }

  private final Tracer tracer;
  private final Downstream downstream;

  RealisticCleanOpenTracingHandler(Tracer tracer, Downstream downstream) {
    this.tracer = tracer;
    this.downstream = downstream;
  }

  public String forward(String path, Map<String, String> headers) {
    Span span = tracer.buildSpan("forward").withTag(Tags.SPAN_KIND.getKey(), Tags.SPAN_KIND_CLIENT).start();
    try (Scope scope = tracer.activateSpan(span)) {
      String body = downstream.send(path, headers);
      span.setTag("response.length", body.length());
      return body;
    } catch (RuntimeException e) {
      Tags.ERROR.set(span, true);
      span.log(Map.of("event", "error", "error.kind", e.getClass().getName()));
      throw e;
    } finally {
      span.finish();
    }
  }

  public String forwardChild(Span parent, String path) {
    Span child = tracer.buildSpan("forward.child").asChildOf(parent).start();
    try {
      return downstream.send(path, Map.of());
    } finally {
      child.finish();
    }
  }
}
