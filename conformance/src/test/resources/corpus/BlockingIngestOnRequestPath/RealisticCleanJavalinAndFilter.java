package corpus.blockingingestonrequestpath;

import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Javalin routes and a servlet filter that never wait on telemetry; shutdown does the waiting. */
public class RealisticCleanJavalinAndFilter {
  static SdkTracerProvider provider() {
    throw new UnsupportedOperationException("configured at startup");
  }

  public static void main(String[] args) {
    SdkTracerProvider tracerProvider = provider();
    Javalin app = Javalin.create();
    app.get("/health", ctx -> ctx.result("ok"));
    app.post("/ask", ctx -> {
      ctx.result("answer to " + ctx.body().length() + " chars");
      tracerProvider.forceFlush();
    });
    app.get("/stats", ctx -> {
      MeterRegistry scratch = new SimpleMeterRegistry();
      scratch.counter("requests").increment();
      ctx.result(String.valueOf(scratch.getMeters().size()));
      scratch.close();
    });
    app.events(events -> events.serverStopping(() -> tracerProvider.shutdown().join(10, TimeUnit.SECONDS)));
    app.start(7070);
  }

  public static class TimingFilter extends HttpFilter {
    private final SdkTracerProvider tracerProvider;

    public TimingFilter(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      long started = System.nanoTime();
      try {
        chain.doFilter(request, response);
      } finally {
        response.setHeader("Server-Timing", "app;dur=" + (System.nanoTime() - started) / 1_000_000);
        tracerProvider.forceFlush().whenComplete(() -> { });
      }
    }

    @Override
    public void destroy() {
      tracerProvider.close();
    }
  }
}
