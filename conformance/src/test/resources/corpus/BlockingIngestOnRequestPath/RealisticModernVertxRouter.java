package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;

/**
 * A Vert.x 5 router for an evaluation service: handlers written as lambdas and method references, a worker pool
 * used for the slow export, and one blocking handler that waits for the exporter before answering.
 */
public class RealisticModernVertxRouter {
  record Score(String runId, double value) {
    String json() {
      return """
          {"runId":"%s","value":%f}
          """.formatted(runId, value).strip();
    }
  }

  interface Evaluator {
    Score evaluate(String runId, String body);
  }

  private final Vertx vertx;
  private final Tracer tracer;
  private final SdkTracerProvider provider;
  private final Evaluator evaluator;

  public RealisticModernVertxRouter(Vertx vertx, Tracer tracer, SdkTracerProvider provider, Evaluator evaluator) {
    this.vertx = vertx;
    this.tracer = tracer;
    this.provider = provider;
    this.evaluator = evaluator;
  }

  public Router routes() {
    Router router = Router.router(vertx);
    router.post("/runs/:id/score").handler(this::score);
    router.post("/runs/:id/export").handler(ctx -> {
      vertx.executeBlocking(() -> provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess())
          .onComplete(done -> ctx.response().setStatusCode(done.succeeded() ? 204 : 500).end());
    });
    router.post("/runs/:id/finish").blockingHandler(ctx -> {
      Score score = evaluator.evaluate(ctx.pathParam("id"), ctx.body().asString());
      provider.forceFlush().join(10, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      ctx.response().end(score.json());
    });
    router.get("/ping").handler(ctx -> ctx.response().end("pong"));
    return router;
  }

  void score(RoutingContext ctx) {
    Span span = tracer.spanBuilder("score").startSpan();
    try {
      Score score = evaluator.evaluate(ctx.pathParam("id"), ctx.body().asString());
      span.setAttribute("score", score.value());
      ctx.response().putHeader("content-type", "application/json").end(score.json());
    } finally {
      span.end();
    }
    provider.forceFlush().whenComplete(() -> span.addEvent("exported"));
  }
}
