package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import io.vertx.ext.web.Router;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.concurrent.TimeUnit;
import org.springframework.kafka.annotation.KafkaListener;

/** A Vert.x router, a JAX-RS response filter and a Kafka listener of one service. */
public class RealisticVertxAndFilters {
  private final SdkTracerProvider provider;

  RealisticVertxAndFilters(SdkTracerProvider provider) {
    this.provider = provider;
  }

  void routes(Router router) {
    router.post("/embed").handler(ctx -> ctx.response().end("ok"));
    router.post("/embed/sync").handler(ctx -> {
      ctx.response().end("ok");
      provider.forceFlush().join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    });
    provider.forceFlush().join(1, TimeUnit.SECONDS);
  }

  public static class ErrorFlushFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() >= 500) {
        Sentry.flush(1000); // tracelint-expect: BlockingIngestOnRequestPath
      }
    }
  }

  @KafkaListener(topics = "embeddings")
  public void onEmbedding(String payload) {
    provider.forceFlush().join(1, TimeUnit.SECONDS);
  }
}
