package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A JAX-RS provider that is both the request and the response filter: the request filter keeps the span and its scope
 * as properties of the request context, the response filter closes and ends them.
 */
@Provider
class RealisticPairedJaxRsFilters implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String SPAN_PROPERTY = "tracing.span";
  private static final String SCOPE_PROPERTY = "tracing.scope";

  private final Tracer tracer;

  RealisticPairedJaxRsFilters(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String route = request.getUriInfo().getPath();
    Span span = tracer.spanBuilder(request.getMethod() + " " + route)
        .setSpanKind(SpanKind.SERVER)
        .startSpan();
    request.setProperty(SPAN_PROPERTY, span);
    request.setProperty(SCOPE_PROPERTY, span.makeCurrent());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object scope = request.getProperty(SCOPE_PROPERTY);
    if (scope instanceof Scope) {
      ((Scope) scope).close();
    }
    Object value = request.getProperty(SPAN_PROPERTY);
    if (!(value instanceof Span)) {
      return;
    }
    Span span = (Span) value;
    int status = response.getStatus();
    span.setAttribute("http.status_code", status);
    if (status >= 500) {
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    request.removeProperty(SPAN_PROPERTY);
    request.removeProperty(SCOPE_PROPERTY);
  }
}
