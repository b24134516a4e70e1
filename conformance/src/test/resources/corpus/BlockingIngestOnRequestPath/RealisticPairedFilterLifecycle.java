package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A servlet filter that owns the tracer provider for its web application: {@code init} builds it, {@code doFilter}
 * traces each request and ends the span (or leaves it to an async listener), and {@code destroy}, the filter's paired
 * lifecycle hook, flushes and closes it when the application stops.
 */
class RealisticPairedFilterLifecycle implements Filter {
  private SdkTracerProvider provider;
  private Tracer tracer;

  @Override
  public void init(FilterConfig config) {
    provider = SdkTracerProvider.builder().build();
    tracer = provider.get(config.getFilterName());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Span span = tracer.spanBuilder("request").startSpan();
    boolean async = false;
    try (Scope scope = span.makeCurrent()) {
      chain.doFilter(request, response);
      if (request.isAsyncStarted()) {
        async = true;
        request.getAsyncContext().addListener(new AsyncListener() {
          @Override
          public void onComplete(AsyncEvent event) {
            span.end();
          }

          @Override
          public void onTimeout(AsyncEvent event) {
            span.end();
          }

          @Override
          public void onError(AsyncEvent event) {
            span.recordException(event.getThrowable());
            span.end();
          }

          @Override
          public void onStartAsync(AsyncEvent event) {}
        });
      }
    } finally {
      if (!async) {
        span.end();
      }
    }
  }

  @Override
  public void destroy() {
    if (provider != null) {
      provider.forceFlush().join(10, TimeUnit.SECONDS);
      provider.close();
    }
  }
}
