package corpus.blockingingestonrequestpath;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import zipkin2.reporter.AsyncReporter;

/** A Javalin agent server whose routes sometimes push telemetry out before answering. */
public class RealisticIssue10JavalinAgentRoutes {
  interface Planner {
    String plan(String goal);
  }

  private final SdkTracerProvider tracerProvider;
  private final AsyncReporter<?> reporter;
  private final Planner planner;

  RealisticIssue10JavalinAgentRoutes(SdkTracerProvider tracerProvider, AsyncReporter<?> reporter, Planner planner) {
    this.tracerProvider = tracerProvider;
    this.reporter = reporter;
    this.planner = planner;
  }

  public void register(Javalin app) {
    app.post("/plan", ctx -> {
      ctx.result(planner.plan(ctx.body()));
      exportNow(); // tracelint-expect: BlockingIngestOnRequestPath
    });
    app.post("/plan/zipkin", this::planAndReport);
    app.get("/plan/health", ctx -> ctx.result("ok"));
  }

  private void planAndReport(Context ctx) {
    ctx.result(planner.plan(ctx.body()));
    reporter.flush(); // tracelint-expect: BlockingIngestOnRequestPath
  }

  private void exportNow() {
    tracerProvider.forceFlush().join(1, TimeUnit.SECONDS);
  }

  public void onShutdown(Javalin app) {
    app.events(events -> events.serverStopping(this::exportNow));
  }
}
