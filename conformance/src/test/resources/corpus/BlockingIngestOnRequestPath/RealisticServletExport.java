package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
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

/** A servlet and a filter of a plain Jakarta web app exporting traces. */
public class RealisticServletExport {
  public static class TracingFilter implements Filter {
    private final SdkTracerProvider provider;

    TracingFilter(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      try {
        chain.doFilter(request, response);
      } finally {
        provider.forceFlush();
      }
    }
  }

  public static class ReportServlet extends HttpServlet {
    private final SpanExporter exporter;

    ReportServlet(SpanExporter exporter) {
      this.exporter = exporter;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String report = req.getParameter("report");
      resp.getWriter().write("accepted " + (report == null ? 0 : report.length()));
      exportPending(); // tracelint-expect: BlockingIngestOnRequestPath
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.getWriter().write("ok");
    }

    private void exportPending() {
      exporter.flush().join(3, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
      exporter.shutdown().join(10, TimeUnit.SECONDS);
    }
  }
}
