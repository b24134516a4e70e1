package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** WebMvc.fn routes of a chat backend, registered as lambdas. */
public class RealisticIssue10FunctionalChatRoutes {
  interface Assistant {
    String reply(String message);
  }

  private final SdkTracerProvider tracerProvider;
  private final Assistant assistant;

  RealisticIssue10FunctionalChatRoutes(SdkTracerProvider tracerProvider, Assistant assistant) {
    this.tracerProvider = tracerProvider;
    this.assistant = assistant;
  }

  public RouterFunction<ServerResponse> chatRoutes() {
    return RouterFunctions.route(RequestPredicates.POST("/chat"), request -> {
      String reply = assistant.reply(request.param("message").orElse(""));
      tracerProvider.forceFlush().join(2, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      return ServerResponse.ok().body(reply);
    }).andRoute(RequestPredicates.GET("/chat/health"), request -> {
      tracerProvider.forceFlush();
      return ServerResponse.ok().body("up");
    });
  }

  public RouterFunction<ServerResponse> adminRoutes() {
    tracerProvider.forceFlush().join(2, TimeUnit.SECONDS);
    return RouterFunctions.route()
        .GET("/admin/ping", request -> ServerResponse.ok().body("pong"))
        .build();
  }
}
