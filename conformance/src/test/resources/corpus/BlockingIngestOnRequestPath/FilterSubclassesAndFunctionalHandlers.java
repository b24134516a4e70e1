package corpus.blockingingestonrequestpath;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.sentry.Sentry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.springframework.ui.ModelMap;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.WebRequestInterceptor;
import org.springframework.web.filter.GenericFilterBean;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Request paths reached through library subclasses and functional interfaces: filters extending GenericFilterBean or
 * HttpFilter, a WebRequestInterceptor, a HandlerFunction class and a Micronaut HttpServerFilter. Their lifecycle and
 * ordering methods are not request paths.
 */
class FilterSubclassesAndFunctionalHandlers extends GenericFilterBean {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException e) {
      Sentry.captureException(e);
      Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'doFilter' until telemetry is sent
      throw e;
    }
  }

  @Override
  public void destroy() {
    Sentry.flush(2000);
  }
}

class AuditSpanHttpFilter extends HttpFilter {
  private SpanExporter exporter;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    exporter.flush().join(3, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- exporter.flush().join() blocks request handler 'doFilter' until telemetry is sent
  }

  @Override
  public void init() {
    exporter.flush().join(3, TimeUnit.SECONDS);
  }
}

class SentryWebRequestInterceptor implements WebRequestInterceptor {
  @Override
  public void preHandle(WebRequest request) {}

  @Override
  public void postHandle(WebRequest request, ModelMap model) {}

  @Override
  public void afterCompletion(WebRequest request, Exception ex) {
    if (ex != null) {
      Sentry.captureException(ex);
      Sentry.flush(1000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'afterCompletion' until telemetry is sent
    }
  }
}

final class AskHandlerFunction implements HandlerFunction<ServerResponse> {
  private final SdkTracerProvider provider;

  AskHandlerFunction(SdkTracerProvider provider) {
    this.provider = provider;
  }

  @Override
  public ServerResponse handle(ServerRequest request) {
    provider.forceFlush().join(10, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'handle' until telemetry is sent
    return ServerResponse.ok().body("answer");
  }

  void handle(String command) {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}

class FlushingServerFilter implements HttpServerFilter {
  private SdkTracerProvider provider;

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
    provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'doFilter' until telemetry is sent
    return chain.proceed(request);
  }

  @Override
  public int getOrder() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
    return 0;
  }
}
