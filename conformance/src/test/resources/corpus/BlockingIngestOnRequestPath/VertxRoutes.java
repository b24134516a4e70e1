package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;

/**
 * Vert.x Web routes: a handler runs on the event loop, which serves every other request of that loop; a blocking
 * handler runs on a worker thread, and the response still waits for it. Building the router, a handler that only
 * requests a flush, and work handed to executeBlocking without waiting are not request paths that wait.
 */
class VertxRoutes {
  private SdkTracerProvider provider;

  Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.get("/ask").handler(context -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'handler() route'
      context.end("answer");
    });
    router.post("/report").blockingHandler(this::report);
    router.route().failureHandler(context -> {
      Sentry.captureException(context.failure());
      Sentry.flush(1000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'failureHandler() route'
      context.next();
    });
    router.get("/quiet").handler(context -> {
      provider.forceFlush();
      context.end("ok");
    });
    router.get("/later").handler(context -> {
      vertx.executeBlocking(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
      context.end("accepted");
    });
    router.get("/status").handler(this::status);
    provider.forceFlush().join(5, TimeUnit.SECONDS);
    return router;
  }

  private void report(RoutingContext context) {
    provider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- provider.close() blocks request handler 'report'
    context.end("ok");
  }

  private void status(RoutingContext context) {
    context.end("up");
  }

  private void unrouted(RoutingContext context) {
    provider.close();
  }
}
