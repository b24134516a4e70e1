package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Request tracing of an agent API written as a filter and an interceptor. Spans are ended; the interceptor asks the
 * provider for an early export in afterCompletion and does not wait for it.
 */
public class RealisticAppAgentRequestInterceptor implements HandlerInterceptor {
  private static final String SPAN_ATTRIBUTE = RealisticAppAgentRequestInterceptor.class.getName() + ".span";

  private final Tracer tracer;
  private final SdkTracerProvider provider;

  public RealisticAppAgentRequestInterceptor(Tracer tracer, SdkTracerProvider provider) {
    this.tracer = tracer;
    this.provider = provider;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Span span = tracer.spanBuilder(request.getMethod() + " " + request.getRequestURI()).startSpan();
    request.setAttribute(SPAN_ATTRIBUTE, span);
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (request.getAttribute(SPAN_ATTRIBUTE) instanceof Span span) {
      if (ex != null) {
        span.recordException(ex);
        span.setStatus(StatusCode.ERROR);
      }
      span.setAttribute("http.response.status_code", response.getStatus());
      span.end();
    }
    if (request.getRequestURI().startsWith("/agent/debug")) {
      provider.forceFlush();
    }
  }

  /** The servlet-filter twin used by the non-Spring deployment. */
  public static class TracingFilter extends OncePerRequestFilter {
    private final Tracer tracer;

    public TracingFilter(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Span span = tracer.spanBuilder("http " + request.getMethod()).startSpan();
      try (Scope scope = span.makeCurrent()) {
        chain.doFilter(request, response);
      } finally {
        span.end();
      }
    }
  }
}
