package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Vert.x failure handlers for an agent gateway: errors are captured and the response sent at once, the flush
 * requested without waiting; one failure handler flushes Sentry on the event loop before it answers.
 */
public class RealisticModernVertxFailureHandlers {
  private final Vertx vertx;
  private final SdkTracerProvider provider;

  public RealisticModernVertxFailureHandlers(Vertx vertx, SdkTracerProvider provider) {
    this.vertx = vertx;
    this.provider = provider;
  }

  public Router router() {
    Router router = Router.router(vertx);
    router.route("/agent/*").failureHandler(this::captured);
    router.route("/tools/*").failureHandler(ctx -> {
      Sentry.captureException(ctx.failure());
      provider.forceFlush();
      ctx.response().setStatusCode(ctx.statusCode() > 0 ? ctx.statusCode() : 500).end();
    });
    router.route("/admin/*").failureHandler(ctx -> {
      Sentry.captureException(ctx.failure());
      Sentry.flush(2_000); // tracelint-expect: BlockingIngestOnRequestPath
      ctx.response().setStatusCode(500).end();
    });
    return router;
  }

  void captured(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure != null) {
      Sentry.captureException(failure);
    }
    ctx.response().setStatusCode(500).end("{\"error\":\"internal\"}");
  }
}
