package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A Spring MVC interceptor: {@code preHandle} starts the span and opens its scope and keeps both in request attributes,
 * {@code afterCompletion} (which Spring calls whatever the handler did, once {@code preHandle} returned true) closes
 * the scope and ends the span.
 */
class RealisticPairedHandlerInterceptor implements HandlerInterceptor {
  private static final String SPAN = RealisticPairedHandlerInterceptor.class.getName() + ".span";
  private static final String SCOPE = RealisticPairedHandlerInterceptor.class.getName() + ".scope";

  private final Tracer tracer;

  RealisticPairedHandlerInterceptor(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Span span = tracer.spanBuilder(request.getMethod() + " " + request.getRequestURI())
        .setSpanKind(SpanKind.SERVER)
        .setAttribute("http.route", request.getServletPath())
        .startSpan();
    Scope scope = span.makeCurrent();
    request.setAttribute(SPAN, span);
    request.setAttribute(SCOPE, scope);
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    Scope scope = (Scope) request.getAttribute(SCOPE);
    if (scope != null) {
      scope.close();
      request.removeAttribute(SCOPE);
    }
    Span span = (Span) request.getAttribute(SPAN);
    if (span == null) {
      return;
    }
    span.setAttribute("http.status_code", response.getStatus());
    if (ex != null) {
      span.recordException(ex);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    request.removeAttribute(SPAN);
  }
}
