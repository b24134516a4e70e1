package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Interceptors whose paired hooks end the request's span: the clean one only asks for a flush (the exporter's thread
 * sends) and waits for the export only when the bean is destroyed; the broken ones make every response wait in
 * {@code afterCompletion}, which Spring runs on the request thread before the response is released.
 */
class RealisticPairedInterceptorFlushes {
  static class AsksForAFlushOnly implements HandlerInterceptor, DisposableBean {
    private final Tracer tracer;
    private final SdkTracerProvider provider;

    AsksForAFlushOnly(Tracer tracer, SdkTracerProvider provider) {
      this.tracer = tracer;
      this.provider = provider;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      request.setAttribute("span", tracer.spanBuilder(request.getRequestURI()).startSpan());
      return true;
    }

    @Override
    public void afterCompletion(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      Object span = request.getAttribute("span");
      if (span instanceof Span) {
        ((Span) span).end();
      }
      if (request.getRequestURI().startsWith("/eval")) {
        provider.forceFlush().whenComplete(() -> request.getServletContext().log("eval spans exported"));
      }
    }

    @Override
    public void destroy() {
      provider.forceFlush().join(10, TimeUnit.SECONDS);
      provider.close();
    }
  }

  static class WaitsInAfterCompletion implements HandlerInterceptor {
    private final SdkTracerProvider provider;

    WaitsInAfterCompletion(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @Override
    public void afterCompletion(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      Span.current().end();
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }

  static class FlushesSentryOnError implements HandlerInterceptor {
    @Override
    public void afterCompletion(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      if (ex != null) {
        Sentry.captureException(ex);
        Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath
      }
    }
  }
}
