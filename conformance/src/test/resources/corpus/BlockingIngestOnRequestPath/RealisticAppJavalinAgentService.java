package corpus.blockingingestonrequestpath;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;

/** A small Javalin service in front of an agent; telemetry is closed when the server stops. */
public class RealisticAppJavalinAgentService {
  interface Agent {
    String run(String goal);
  }

  private final OpenTelemetrySdk sdk;
  private final Tracer tracer;
  private final Agent agent;

  public RealisticAppJavalinAgentService(OpenTelemetrySdk sdk, Agent agent) {
    this.sdk = sdk;
    this.tracer = sdk.getTracer("agent-service");
    this.agent = agent;
  }

  public Javalin routes(Javalin app) {
    app.post("/agent/run", this::run);
    app.get("/health", ctx -> ctx.result("ok"));
    app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).result(e.getMessage()));
    app.events(events -> events.serverStopping(() -> sdk.getSdkTracerProvider().shutdown().join(10, TimeUnit.SECONDS)));
    return app;
  }

  void run(Context ctx) {
    Span span = tracer.spanBuilder("agent.run").startSpan();
    try {
      ctx.result(agent.run(ctx.body()));
    } finally {
      span.end();
    }
  }

  /** A second deployment added an "after" filter so that each run's trace is visible at once in the UI. */
  public Javalin routesWithEagerExport(Javalin app, SdkTracerProvider provider) {
    app.post("/agent/run", this::run);
    app.after("/agent/*", ctx -> provider.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
    return app;
  }

  /** The same intent, without the wait: the flush is requested and the response goes out. */
  public Javalin routesWithRequestedExport(Javalin app, SdkTracerProvider provider) {
    app.post("/agent/run", this::run);
    app.after("/agent/*", ctx -> provider.forceFlush());
    return app;
  }
}
