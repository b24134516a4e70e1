package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;

/** A Vert.x gateway for agent tools: the slow export confirmation is moved to a worker and not awaited. */
public class RealisticAppVertxToolGateway {
  interface ToolRunner {
    String run(String name, String body);
  }

  private final Vertx vertx;
  private final Tracer tracer;
  private final SdkTracerProvider provider;
  private final ToolRunner tools;

  public RealisticAppVertxToolGateway(Vertx vertx, Tracer tracer, SdkTracerProvider provider, ToolRunner tools) {
    this.vertx = vertx;
    this.tracer = tracer;
    this.provider = provider;
    this.tools = tools;
  }

  public Router router() {
    Router router = Router.router(vertx);
    router.post("/tools/:name").handler(this::callTool);
    router.post("/admin/export").handler(ctx -> {
      vertx.executeBlocking(() -> provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess());
      ctx.response().setStatusCode(202).end();
    });
    return router;
  }

  void callTool(RoutingContext ctx) {
    Span span = tracer.spanBuilder("tool " + ctx.pathParam("name")).startSpan();
    try {
      String output = tools.run(ctx.pathParam("name"), ctx.body().asString());
      ctx.response().putHeader("content-type", "application/json").end(output);
    } finally {
      span.end();
    }
  }
}
