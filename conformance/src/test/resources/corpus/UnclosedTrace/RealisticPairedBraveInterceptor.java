package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import brave.Tracing;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Brave in a Spring MVC interceptor: the span and its {@link Tracer.SpanInScope} are request attributes between
 * {@code preHandle} and {@code afterCompletion}.
 */
class RealisticPairedBraveInterceptor implements HandlerInterceptor {
  private static final String SPAN = "brave.span";
  private static final String IN_SCOPE = "brave.spanInScope";

  private final Tracing tracing;

  RealisticPairedBraveInterceptor(Tracing tracing) {
    this.tracing = tracing;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Tracer tracer = tracing.tracer();
    Span span = tracer.nextSpan().name(request.getMethod()).kind(Span.Kind.SERVER);
    span.tag("http.path", request.getRequestURI());
    span.start();
    request.setAttribute(SPAN, span);
    request.setAttribute(IN_SCOPE, tracer.withSpanInScope(span));
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    Object inScope = request.getAttribute(IN_SCOPE);
    if (inScope instanceof Tracer.SpanInScope) {
      ((Tracer.SpanInScope) inScope).close();
    }
    Object span = request.getAttribute(SPAN);
    if (!(span instanceof Span)) {
      return;
    }
    Span brave = (Span) span;
    brave.tag("http.status_code", Integer.toString(response.getStatus()));
    if (ex != null) {
      brave.error(ex);
    }
    brave.finish();
  }
}
