package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Only a method that overrides the framework's method serves a request: a servlet written without {@code @Override}
 * still does, a method that only shares the name does not, and a private overload that a handler calls is a helper.
 * Without types PMD tells an override from an overload by {@code @Override} only.
 */
class ServletWithoutOverrideAnnotations extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'doGet' until telemetry is sent
  }
}

/**
 * doGet(String) is an overload, not the servlet's doGet; without types, in a class that marks no method
 * {@code @Override}, PMD takes it for the handler (the documented over-report).
 */
class OfflineReportServlet extends HttpServlet {
  private SdkTracerProvider provider;

  public void doGet(String offlineReport) {
    provider.forceFlush().join(10, TimeUnit.SECONDS); // tracelint-expect-without-types: BlockingIngestOnRequestPath
  }
}

/** The handler calls a private overload of its own name, which flushes: a helper, reported at the call. */
class UnwrappingFilter implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    doFilter((HttpServletRequest) request, (HttpServletResponse) response, chain); // tracelint-expect: BlockingIngestOnRequestPath -- doFilter() reaches Sentry.flush(), which blocks request handler 'doFilter' until telemetry is sent
  }

  private void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    Sentry.flush(1000);
  }
}

/** A private doGet(String) is never the servlet's doGet, with or without types. */
class ReportArchiveServlet extends HttpServlet {
  private SdkTracerProvider provider;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
  }

  private void doGet(String archivedReport) {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}

/** handle(String) of a class that implements no functional endpoint is no handler. */
class CommandBus {
  private SdkTracerProvider provider;

  public void handle(String command) {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}
