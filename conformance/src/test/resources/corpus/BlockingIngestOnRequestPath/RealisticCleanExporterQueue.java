package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** A servlet that enqueues usage events; a scheduled job exports them; shutdown closes the provider. */
public class RealisticCleanExporterQueue {
  @Component
  public static class UsageExporter {
    private final BlockingQueue<String> events = new ArrayBlockingQueue<>(10_000);
    private final SdkTracerProvider tracerProvider;

    UsageExporter(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    boolean offer(String event) {
      return events.offer(event);
    }

    @Scheduled(fixedDelay = 5_000)
    public void exportPending() {
      events.clear();
      tracerProvider.forceFlush().join(30, TimeUnit.SECONDS);
    }

    @PreDestroy
    public void shutdown() {
      tracerProvider.close();
    }
  }

  public static class UsageServlet extends HttpServlet {
    private final UsageExporter exporter;

    public UsageServlet(UsageExporter exporter) {
      this.exporter = exporter;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
      boolean accepted = exporter.offer(request.getParameter("event"));
      response.setStatus(accepted ? 202 : 503);
    }

    @Override
    public void destroy() {
      exporter.shutdown();
    }
  }
}
