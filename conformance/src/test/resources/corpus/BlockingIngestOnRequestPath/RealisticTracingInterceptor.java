package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;

/** A Spring MVC interceptor and an exception advice that report requests. */
public class RealisticTracingInterceptor {
  public static class SpanInterceptor implements HandlerInterceptor {
    private static final String SPAN = SpanInterceptor.class.getName() + ".span";
    private final Tracer tracer;
    private final SdkTracerProvider provider;

    SpanInterceptor(Tracer tracer, SdkTracerProvider provider) {
      this.tracer = tracer;
      this.provider = provider;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      request.setAttribute(SPAN, tracer.spanBuilder(request.getRequestURI()).startSpan());
      return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
        Exception ex) {
      Object span = request.getAttribute(SPAN);
      if (span instanceof Span s) {
        if (ex != null) {
          s.recordException(ex);
        }
        s.end();
      }
      if (response.getStatus() >= 500) {
        provider.forceFlush().join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      }
    }
  }

  @RestControllerAdvice
  public static class ErrorAdvice {
    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<String> onIllegalState(IllegalStateException e) {
      Sentry.captureException(e);
      return ResponseEntity.status(409).body(e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<String> onIllegalArgument(IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(e.getMessage());
    }
  }
}
