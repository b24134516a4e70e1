package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A plain servlet for an MCP-style endpoint: service() dispatches with a switch expression; destroy() waits for the
 * exporter (not a request path); one admin branch reaches the wait through a ternary helper.
 */
public class RealisticModernServletSwitch extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient SdkTracerProvider provider;

  public RealisticModernServletSwitch(SdkTracerProvider provider) {
    this.provider = provider;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    int status =
        switch (request.getMethod()) {
          case "GET" -> 200;
          case "POST" -> handlePost(request); // tracelint-expect: BlockingIngestOnRequestPath
          case "DELETE" -> {
            provider.forceFlush();
            yield 204;
          }
          default -> 405;
        };
    response.setStatus(status);
  }

  private int handlePost(HttpServletRequest request) {
    return "/admin/flush".equals(request.getPathInfo()) ? flushed() : 202;
  }

  private int flushed() {
    return provider.forceFlush().join(5, TimeUnit.SECONDS).isSuccess() ? 204 : 503;
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(flushed()); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @Override
  public void destroy() {
    provider.shutdown().join(10, TimeUnit.SECONDS);
  }
}
