package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An MCP server over streamable HTTP, as a plain servlet: one JSON-RPC message per POST. */
public class RealisticAppMcpHttpServlet extends HttpServlet {
  interface JsonRpcDispatcher {
    String dispatch(String method, String body);
  }

  private final OpenTelemetrySdk sdk;
  private final Tracer tracer;
  private final JsonRpcDispatcher dispatcher;
  private final Map<String, String> sessions;

  public RealisticAppMcpHttpServlet(OpenTelemetrySdk sdk, JsonRpcDispatcher dispatcher, Map<String, String> sessions) {
    this.sdk = sdk;
    this.tracer = sdk.getTracer("mcp-server");
    this.dispatcher = dispatcher;
    this.sessions = sessions;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String body = new String(request.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String method = methodOf(body);
    Span span = tracer.spanBuilder("mcp " + method).setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope scope = span.makeCurrent()) {
      String result = dispatcher.dispatch(method, body);
      response.setContentType("application/json");
      response.getWriter().write(result);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      response.sendError(500);
    } finally {
      span.end();
    }
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
    sessions.remove(request.getHeader("Mcp-Session-Id"));
    response.setStatus(204);
  }

  private static String methodOf(String body) {
    int at = body.indexOf("\"method\"");
    if (at < 0) {
      return "unknown";
    }
    int start = body.indexOf('"', body.indexOf(':', at) + 1) + 1;
    return body.substring(start, body.indexOf('"', start));
  }

  @Override
  public void destroy() {
    sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    sdk.close();
  }
}
