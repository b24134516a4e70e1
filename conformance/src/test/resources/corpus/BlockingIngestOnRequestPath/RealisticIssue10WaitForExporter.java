package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** A servlet for a demo agent that waits for the exporter in hand-made ways. */
public class RealisticIssue10WaitForExporter extends HttpServlet {
  private final SdkTracerProvider tracerProvider;
  private final ExecutorService workers;

  public RealisticIssue10WaitForExporter(SdkTracerProvider tracerProvider, ExecutorService workers) {
    this.tracerProvider = tracerProvider;
    this.workers = workers;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    CountDownLatch exported = new CountDownLatch(1);
    CompletableResultCode flush = tracerProvider.forceFlush();
    flush.whenComplete(exported::countDown);
    try {
      exported.await(3, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    resp.setStatus(202);
  }

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
    tracerProvider.forceFlush();
    try {
      Thread.sleep(250); // tracelint-expect: BlockingIngestOnRequestPath
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    resp.getWriter().write("flushed");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
    CountDownLatch ready = new CountDownLatch(1);
    workers.execute(ready::countDown);
    try {
      ready.await(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    resp.getWriter().write("ok");
  }

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
    tracerProvider.forceFlush();
    resp.getWriter().write("requested");
  }
}
