package corpus.blockingingestonrequestpath;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Javalin 6 routes: a handler registered with get/post/.../before/after/exception/error, on the app or through
 * ApiBuilder, runs on the thread that answers the request. Startup and shutdown code, work handed to an executor and
 * same-named methods of other types are not request paths.
 */
class RoutesJavalin {
  private static SdkTracerProvider shared;
  private SdkTracerProvider provider;
  private ExecutorService exporter;

  void flagsJoinInGetRoute(Javalin app) {
    app.get("/ask", ctx -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'get() route'
      ctx.result("answer");
    });
  }

  void flagsSentryFlushInBeforeHandler(Javalin app) {
    // A before handler runs on the request thread, ahead of the route: the request waits for it.
    app.before(ctx -> Sentry.flush(1000)); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'before() route'
  }

  void flagsHelperCalledFromPostRoute(Javalin app) {
    app.post("/report", ctx -> {
      flushTraces(); // tracelint-expect: BlockingIngestOnRequestPath -- flushTraces() reaches provider.close(), which blocks request handler 'post() route'
      ctx.status(204);
    });
  }

  void flagsCloseInExceptionHandler(Javalin app) {
    app.exception(IllegalStateException.class, (failure, ctx) -> {
      provider.shutdown().join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.shutdown().join() blocks request handler 'exception() route'
      ctx.status(500);
    });
  }

  Javalin flagsJoinInRouteOfFluentChain() {
    return Javalin.create().put("/answer", ctx -> provider.forceFlush().join(2, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath -- blocks request handler 'put() route'
  }

  Javalin flagsApiBuilderRoutes() {
    return Javalin.create(config -> config.router.apiBuilder(() -> {
      get("/ask", ctx -> provider.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath -- blocks request handler 'get() route'
      path("/admin", () -> post("/export", ctx -> {
        Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'post() route'
        ctx.status(202);
      }));
    }));
  }

  void registersMethodReference(Javalin app) {
    app.get("/status", this::status);
  }

  private void status(Context ctx) {
    provider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- provider.close() blocks request handler 'status'
    ctx.result("up");
  }

  private void flushTraces() {
    provider.close();
  }

  /** A class implementing Javalin's Handler serves the route it is registered for. */
  static class FlushingHandler implements Handler {
    private final SdkTracerProvider tracing;

    FlushingHandler(SdkTracerProvider tracing) {
      this.tracing = tracing;
    }

    @Override
    public void handle(Context ctx) {
      tracing.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- blocks request handler 'handle'
      ctx.result("ok");
    }
  }

  void acceptsFlushRequestedWithoutWaiting(Javalin app) {
    app.get("/quiet", ctx -> {
      provider.forceFlush();
      ctx.result("ok");
    });
  }

  void acceptsFlushHandedToExecutor(Javalin app) {
    app.post("/later", ctx -> {
      exporter.execute(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
      ctx.status(202);
    });
  }

  void acceptsFlushWhenServerStops(Javalin app) {
    app.events(events -> events.serverStopping(() -> provider.forceFlush().join(5, TimeUnit.SECONDS)));
  }

  void acceptsFlushWhileRegisteringRoutes(Javalin app) {
    app.get("/ping", ctx -> ctx.result("pong"));
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }

  Javalin acceptsFlushInRouteGroupAtStartup() {
    // apiBuilder and path run once, while the routes are built: only the handlers they register serve requests.
    return Javalin.create(config -> config.router.apiBuilder(() -> path("/v1", () -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS);
      get("/ping", ctx -> ctx.result("pong"));
    })));
  }

  static void main(String[] args) {
    Javalin app = Javalin.create().start(7070);
    shared.forceFlush().join(5, TimeUnit.SECONDS);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      shared.close();
    }));
  }

  void acceptsCacheLoaderOfSameName(AnswerCache cache) {
    cache.get("answer", key -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS);
      return key;
    });
  }

  void acceptsMapOfHandlersNotRegistered(Map<String, Handler> handlers) {
    handlers.computeIfAbsent("/flush", path -> ctx -> provider.close());
    handlers.get("/flush");
  }

  void acceptsHandleOfUnrelatedClass(Renderer renderer, Context ctx) {
    renderer.handle(ctx);
  }

  /** Not a route: a cache whose get takes a loader, as route registrations take a handler. */
  static class AnswerCache {
    private final Map<String, String> answers = new HashMap<>();

    String get(String key, Function<String, String> loader) {
      return answers.computeIfAbsent(key, loader);
    }
  }

  /** Not a Javalin Handler: a handle(Context) method of a class that does not implement it. */
  static class Renderer {
    private SdkTracerProvider tracing;

    void handle(Context ctx) {
      tracing.forceFlush().join(5, TimeUnit.SECONDS);
      ctx.result("rendered");
    }
  }
}
