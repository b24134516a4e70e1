package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * WebFlux filters that start the exchange's span and end it in the returned chain's {@code doFinally}: asking for a
 * flush there is fine (the exporter's thread sends), waiting for it blocks the event loop that completed the response.
 */
class RealisticPairedWebFilterCallbacks {
  static class EndsAndAsksForAFlush implements WebFilter {
    private final Tracer tracer;
    private final SdkTracerProvider provider;

    EndsAndAsksForAFlush(Tracer tracer, SdkTracerProvider provider) {
      this.tracer = tracer;
      this.provider = provider;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      Span span = tracer.spanBuilder(exchange.getRequest().getPath().value()).startSpan();
      return chain.filter(exchange)
          .doOnError(span::recordException)
          .doFinally(signal -> {
            span.end();
            provider.forceFlush();
          });
    }
  }

  static class WaitsOnTheEventLoop implements WebFilter {
    private final Tracer tracer;
    private final SdkTracerProvider provider;

    WaitsOnTheEventLoop(Tracer tracer, SdkTracerProvider provider) {
      this.tracer = tracer;
      this.provider = provider;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      Span span = tracer.spanBuilder("exchange").startSpan();
      return chain.filter(exchange)
          .doFinally(signal -> {
            span.end();
            provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
          });
    }
  }
}
