package corpus.blockingingestonrequestpath;

import static spark.Spark.before;
import static spark.Spark.exception;
import static spark.Spark.path;
import static spark.Spark.post;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import spark.Request;
import spark.Response;
import spark.Route;
import spark.Service;
import spark.Spark;

/**
 * Spark 2.9 routes: the static routes of Spark (written Spark.get or statically imported), the same methods of a
 * Service instance, filters and exception handlers run on the thread that answers the request. Code that builds the
 * routes, shutdown hooks, work handed to an executor and same-named methods of other types are not request paths.
 */
class RoutesSpark {
  private static SdkTracerProvider tracing;
  private SdkTracerProvider provider;
  private ExecutorService exporter;

  void flagsJoinInStaticGetRoute() {
    Spark.get("/ask", (request, response) -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'get() route'
      return "answer";
    });
  }

  void flagsHelperCalledFromImportedPostRoute() {
    post("/report", (request, response) -> {
      flushTraces(); // tracelint-expect: BlockingIngestOnRequestPath -- flushTraces() reaches provider.close(), which blocks request handler 'post() route'
      return "ok";
    });
  }

  void flagsSentryFlushInBeforeFilter() {
    before((request, response) -> Sentry.flush(1000)); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'before() route'
  }

  void flagsCloseInExceptionHandler() {
    exception(IllegalStateException.class, (failure, request, response) -> {
      provider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- provider.close() blocks request handler 'exception() route'
      response.status(500);
    });
  }

  void flagsJoinInRouteOfServiceInstance() {
    Service http = Service.ignite().port(4568);
    http.put("/answer", (request, response) -> provider.shutdown().join(1, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath -- provider.shutdown().join() blocks request handler 'put() route'
  }

  void registersMethodReference() {
    Spark.get("/status", this::status);
  }

  private Object status(Request request, Response response) {
    Sentry.flush(500); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'status'
    return "up";
  }

  private void flushTraces() {
    provider.close();
  }

  /** A class implementing Spark's Route serves the path it is registered for. */
  static class ExportRoute implements Route {
    private final SdkTracerProvider traces;

    ExportRoute(SdkTracerProvider traces) {
      this.traces = traces;
    }

    @Override
    public Object handle(Request request, Response response) {
      traces.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- blocks request handler 'handle'
      return "exported";
    }
  }

  void acceptsFlushRequestedWithoutWaiting() {
    Spark.get("/quiet", (request, response) -> {
      provider.forceFlush();
      return "ok";
    });
  }

  void acceptsFlushHandedToExecutor() {
    post("/later", (request, response) -> {
      exporter.execute(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
      response.status(202);
      return "";
    });
  }

  void acceptsFlushInRouteGroupAtStartup() {
    // path(..) runs its group once, while the routes are built.
    path("/v1", () -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS);
      Spark.get("/ping", (request, response) -> "pong");
    });
  }

  static void main(String[] args) {
    Spark.port(4567);
    Spark.get("/ping", (request, response) -> "pong");
    Spark.awaitInitialization();
    tracing.forceFlush().join(5, TimeUnit.SECONDS);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Spark.stop();
      tracing.close();
    }));
  }

  void acceptsGetOfUnrelatedRegistry(HandlerRegistry registry) {
    registry.get("/flush", (request, response) -> {
      provider.close();
      return "";
    });
  }

  void acceptsHandleOfUnrelatedClass(Exporter exporterTask, Request request, Response response) {
    exporterTask.handle(request, response);
  }

  /** Not Spark: an in-house registry whose get takes a route and only keeps it. */
  static class HandlerRegistry {
    private final java.util.Map<String, Route> routes = new java.util.HashMap<>();

    void get(String path, Route route) {
      routes.put(path, route);
    }
  }

  /** Not a Spark Route: a handle(Request, Response) method of a class that does not implement it. */
  static class Exporter {
    private SdkTracerProvider traces;

    Object handle(Request request, Response response) {
      traces.forceFlush().join(5, TimeUnit.SECONDS);
      return "done";
    }
  }
}
