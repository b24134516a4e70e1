package corpus.blockingingestonrequestpath;

import brave.Tracing;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import zipkin2.reporter.AsyncReporter;

/** Servlet methods (service() too, javax or jakarta) and a servlet filter serve requests; init and destroy do not. */
class ServletAndFilter extends HttpServlet {
  private OpenTelemetrySdk sdk;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    sdk.close(); // tracelint-expect: BlockingIngestOnRequestPath -- sdk.close() blocks request handler 'doPost' until telemetry is sent
  }

  @Override
  public void destroy() {
    sdk.close();
  }
}

class ZipkinFlushFilter implements Filter {
  private AsyncReporter<?> reporter;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
    reporter.flush(); // tracelint-expect: BlockingIngestOnRequestPath -- reporter.flush() blocks request handler 'doFilter' until telemetry is sent
  }

  @Override
  public void destroy() {
    reporter.close();
  }
}

/** A javax servlet whose supertype and parameters are written in full. */
class LegacyServiceServlet extends javax.servlet.http.HttpServlet {
  private Tracing tracing;

  @Override
  protected void service(javax.servlet.http.HttpServletRequest request,
      javax.servlet.http.HttpServletResponse response) {
    tracing.close(); // tracelint-expect: BlockingIngestOnRequestPath -- tracing.close() blocks request handler 'service' until telemetry is sent
  }
}
