package corpus.unclosedtrace;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * micrometer-tracing in an asynchronous-aware interceptor: the span is started in {@code preHandle}; the scope is
 * closed in {@code afterConcurrentHandlingStarted} when the request goes asynchronous (the thread is given back) and
 * in {@code afterCompletion} otherwise, which also ends the span.
 */
class RealisticPairedMicrometerTracingInterceptor implements AsyncHandlerInterceptor {
  private static final String SPAN = Span.class.getName();
  private static final String IN_SCOPE = Tracer.SpanInScope.class.getName();

  private final Tracer tracer;

  RealisticPairedMicrometerTracingInterceptor(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Span span = tracer.nextSpan().name("http " + request.getMethod().toLowerCase());
    span.tag("http.url", request.getRequestURI());
    span.start();
    Tracer.SpanInScope inScope = tracer.withSpan(span);
    request.setAttribute(SPAN, span);
    request.setAttribute(IN_SCOPE, inScope);
    return true;
  }

  @Override
  public void afterConcurrentHandlingStarted(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    closeScope(request);
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    closeScope(request);
    Span span = (Span) request.getAttribute(SPAN);
    if (span == null) {
      return;
    }
    if (ex != null) {
      span.error(ex);
    }
    span.tag("http.status_code", String.valueOf(response.getStatus()));
    span.end();
  }

  private static void closeScope(HttpServletRequest request) {
    Object inScope = request.getAttribute(IN_SCOPE);
    request.removeAttribute(IN_SCOPE);
    if (inScope instanceof Tracer.SpanInScope) {
      ((Tracer.SpanInScope) inScope).close();
    }
  }
}
