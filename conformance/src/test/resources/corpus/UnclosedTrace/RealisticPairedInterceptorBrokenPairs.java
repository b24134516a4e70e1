package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Look-alikes of the paired interceptors with the pair broken: the hook opens a scope and drops it, and no hook of the
 * class can find it again to close it, so the request's context stays on the pooled thread.
 */
class RealisticPairedInterceptorBrokenPairs {
  /** The scope opened in {@code preHandle} is dropped: {@code afterCompletion} only ends the span. */
  static class ScopeDroppedInPreHandle implements HandlerInterceptor {
    private final Tracer tracer;

    ScopeDroppedInPreHandle(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      Span span = tracer.spanBuilder("http.request").startSpan();
      span.makeCurrent(); // tracelint-expect: UnclosedTrace
      request.setAttribute("span", span);
      return true;
    }

    @Override
    public void afterCompletion(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      Span span = (Span) request.getAttribute("span");
      if (span != null) {
        span.end();
      }
    }
  }

  /** The request filter makes the span current and drops the scope; the response filter cannot close it. */
  static class ScopeDroppedInRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private final Tracer tracer;

    ScopeDroppedInRequestFilter(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Span span = tracer.spanBuilder(request.getMethod()).startSpan();
      request.setProperty("span", span);
      span.makeCurrent(); // tracelint-expect: UnclosedTrace
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      Object span = request.getProperty("span");
      if (span instanceof Span) {
        ((Span) span).setAttribute("http.status_code", response.getStatus());
        ((Span) span).end();
      }
    }
  }
}
