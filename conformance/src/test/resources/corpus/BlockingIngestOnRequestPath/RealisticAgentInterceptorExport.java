package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.servlet.HandlerInterceptor;

/** A Spring MVC interceptor on the agent API that exports each agent run's trace when the request completes. */
public class RealisticAgentInterceptorExport implements HandlerInterceptor {
  private final SdkTracerProvider tracerProvider;
  private final AtomicLong failedExports = new AtomicLong();

  RealisticAgentInterceptorExport(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute("agent.started", System.nanoTime());
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    if (!request.getRequestURI().startsWith("/agent/")) {
      return;
    }
    CompletableResultCode export = tracerProvider.forceFlush();
    if (ex != null) {
      export.join(3, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    }
    export.whenComplete(() -> {
      if (!export.isSuccess()) {
        failedExports.incrementAndGet();
      }
    });
  }

  /** Not a handler method: an overload a test calls directly. */
  void afterCompletion(HttpServletRequest request) {
    tracerProvider.forceFlush().join(3, TimeUnit.SECONDS);
  }
}
