package corpus.blockingingestonrequestpath;

import io.javalin.Javalin;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.cache.CacheManager;

/**
 * BlockingIngestOnRequestPath's page on Javalin routes: a lambda registered on the app (also on the fluent chain
 * {@code Javalin.create().get(..)}) is a handler; code that builds routes runs once. Its known limit: without an
 * auxclasspath, in a file that imports Javalin, a same-named call with a lambda on a receiver of unknown type (a
 * chained {@code x().get(key, k -> ...)}, here Spring's {@code Cache#get(key, loader)}) is taken for a route too, in
 * that mode only; a chain whose receiver the file itself types (a method of the file returning a class of the file)
 * is not.
 */
class DocsExamplesRoutes {
  private SdkTracerProvider provider;
  private final DocsLoaderCache loaders = new DocsLoaderCache();

  Javalin flagsJoinInARouteOnTheFluentChain() {
    return Javalin.create().get("/docs/ask", ctx -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- blocks request handler 'get() route'
      ctx.result("ok");
    });
  }

  void acceptsFlushAfterRegisteringRoutes(Javalin app) {
    app.get("/docs/ping", ctx -> ctx.result("pong"));
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }

  String acceptsChainedLoaderOfAReceiverOfAKnownType() {
    return loaders().get("answer", key -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS);
      return key;
    });
  }

  String flagsChainedLoaderTakenForARouteWithoutTypes(CacheManager caches) {
    return caches.getCache("answers").get("answer", () -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect-without-types: BlockingIngestOnRequestPath
      return "cached";
    });
  }

  void acceptsLoaderOnAFieldOfAKnownType() {
    loaders.get("answer", key -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS);
      return key;
    });
  }

  DocsLoaderCache loaders() {
    return loaders;
  }
}

/** Not a route: a cache whose get takes a loader. */
class DocsLoaderCache {
  String get(String key, Function<String, String> loader) {
    return loader.apply(key);
  }
}
