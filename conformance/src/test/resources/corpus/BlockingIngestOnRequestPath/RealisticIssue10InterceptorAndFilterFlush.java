package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/** Request-scoped telemetry hooks of a Spring MVC agent gateway. */
public class RealisticIssue10InterceptorAndFilterFlush {
  static final class FlushAfterCompletion implements HandlerInterceptor {
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
        Exception ex) {
      if (ex != null) {
        Sentry.captureException(ex);
        Sentry.flush(1_500); // tracelint-expect: BlockingIngestOnRequestPath
      }
    }
  }

  static final class CaptureAfterCompletion implements HandlerInterceptor {
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
        Exception ex) {
      if (ex != null) {
        Sentry.captureException(ex);
      }
    }
  }

  static final class ExportingFilter extends OncePerRequestFilter {
    private final SdkTracerProvider tracerProvider;

    ExportingFilter(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } finally {
        tracerProvider.forceFlush().join(2, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      }
    }
  }

  static final class RequestingFilter extends OncePerRequestFilter {
    private final SdkTracerProvider tracerProvider;

    RequestingFilter(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } finally {
        tracerProvider.forceFlush();
      }
    }
  }
}
