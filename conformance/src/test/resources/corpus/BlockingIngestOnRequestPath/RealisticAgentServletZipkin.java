package corpus.blockingingestonrequestpath;

import brave.ScopedSpan;
import brave.Tracer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/** A servlet that runs an agent's tool plan, traced with Brave and reported to Zipkin. */
public class RealisticAgentServletZipkin extends HttpServlet {
  interface Planner {
    String plan(String goal);
  }

  private transient Tracer tracer;
  private transient AsyncZipkinSpanHandler spanHandler;
  private transient Planner planner;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ScopedSpan span = tracer.startScopedSpan("agent.plan");
    try {
      response.getWriter().write(planner.plan(request.getParameter("goal")));
    } catch (RuntimeException e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
    if ("true".equals(request.getParameter("debug"))) {
      spanHandler.flush(); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.getWriter().write("planner up");
  }

  @Override
  public void destroy() {
    spanHandler.flush();
    spanHandler.close();
  }
}
