package corpus.blockingingestonrequestpath;

import static org.springframework.web.servlet.function.RouterFunctions.route;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Functional routes (Spring WebMvc.fn): a lambda registered for a route serves it, and so does the method a method
 * reference names. The method that builds the routes runs once, at startup; a lambda handed to an executor, a route
 * that only requests a flush and a method no route names are not request paths.
 */
class FunctionalRoutes {
  private SdkTracerProvider provider;
  private ExecutorService telemetryExecutor;

  RouterFunction<ServerResponse> routes() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
    return route()
        .GET("/ask", request -> {
          provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'GET() route'
          return ServerResponse.ok().body("answer");
        })
        .POST("/report", this::report)
        .PUT("/quiet", request -> {
          provider.forceFlush();
          return ServerResponse.ok().build();
        })
        .DELETE("/later", request -> {
          telemetryExecutor.execute(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
          return ServerResponse.accepted().build();
        })
        .build();
  }

  RouterFunction<ServerResponse> moreRoutes() {
    return RouterFunctions.route(RequestPredicates.GET("/status"), request -> {
      flushQuietly(); // tracelint-expect: BlockingIngestOnRequestPath -- flushQuietly() reaches Sentry.flush(), which blocks request handler 'route() route'
      return ServerResponse.ok().build();
    }).andRoute(RequestPredicates.GET("/health"), request -> ServerResponse.ok().body(health()));
  }

  private ServerResponse report(ServerRequest request) {
    provider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- provider.close() blocks request handler 'report'
    return ServerResponse.ok().build();
  }

  private void flushQuietly() {
    Sentry.flush(1000);
  }

  private String health() {
    return "up";
  }

  private ServerResponse unrouted(ServerRequest request) {
    provider.close();
    return ServerResponse.ok().build();
  }
}
