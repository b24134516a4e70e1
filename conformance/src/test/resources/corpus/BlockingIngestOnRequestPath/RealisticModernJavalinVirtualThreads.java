package corpus.blockingingestonrequestpath;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A Javalin 6 app for a tool registry: routes as lambdas and method references, the exporter flushed once at
 * startup, on stop, and in a background task; one internal route waits for the exporter before answering.
 */
public class RealisticModernJavalinVirtualThreads {
  record Tool(String name, String description) {}

  private final Map<String, Tool> tools;
  private final SdkTracerProvider provider;
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  public RealisticModernJavalinVirtualThreads(Map<String, Tool> tools, SdkTracerProvider provider) {
    this.tools = Map.copyOf(tools);
    this.provider = provider;
  }

  public Javalin start(int port) {
    Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
    app.get("/tools", ctx -> ctx.json(tools.values()));
    app.get("/tools/{name}", this::show);
    app.post("/tools/{name}/invoke", ctx -> {
      background.submit(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
      ctx.status(202);
    });
    app.post("/internal/export", ctx -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      ctx.status(204);
    });
    app.events(events -> events.serverStopping(() -> provider.shutdown().join(10, TimeUnit.SECONDS)));
    app.start(port);
    provider.forceFlush().join(5, TimeUnit.SECONDS);
    return app;
  }

  void show(Context ctx) {
    Tool tool = tools.get(ctx.pathParam("name"));
    if (tool == null) {
      ctx.status(404);
      return;
    }
    ctx.json(tool);
  }
}
