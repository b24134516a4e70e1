package corpus.unclosedtrace;

import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;
import io.opentracing.tag.Tags;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * OpenTracing in JAX-RS filters: the span and the scope of its activation are request properties between the request
 * and the response filter.
 */
class RealisticPairedOpenTracingFilters implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String SPAN = "opentracing.span";
  private static final String SCOPE = "opentracing.scope";

  private final Tracer tracer;

  RealisticPairedOpenTracingFilters(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Span span = tracer.buildSpan(request.getMethod())
        .withTag(Tags.SPAN_KIND.getKey(), Tags.SPAN_KIND_SERVER)
        .withTag(Tags.HTTP_URL.getKey(), request.getUriInfo().getRequestUri().toString())
        .start();
    Scope scope = tracer.activateSpan(span);
    request.setProperty(SPAN, span);
    request.setProperty(SCOPE, scope);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Scope scope = (Scope) request.getProperty(SCOPE);
    Span span = (Span) request.getProperty(SPAN);
    try {
      if (span != null) {
        Tags.HTTP_STATUS.set(span, response.getStatus());
        if (response.getStatus() >= 500) {
          Tags.ERROR.set(span, true);
        }
      }
    } finally {
      if (scope != null) {
        scope.close();
      }
      if (span != null) {
        span.finish();
      }
    }
  }
}
