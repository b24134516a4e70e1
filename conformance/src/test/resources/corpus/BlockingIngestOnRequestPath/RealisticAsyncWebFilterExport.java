package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.concurrent.TimeUnit;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * WebFlux filters of a low-traffic internal agent console that want each exchange's spans exported promptly: asking
 * the processor to flush is fine; waiting for the export on the event loop (or on the chain that completes the
 * response) is not.
 */
public class RealisticAsyncWebFilterExport {
  public static class RequestFlushFilter implements WebFilter {
    private final SpanProcessor processor;

    public RequestFlushFilter(SpanProcessor processor) {
      this.processor = processor;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      return chain.filter(exchange).doFinally(signal -> processor.forceFlush());
    }
  }

  public static class DetachedFlushFilter implements WebFilter {
    private final SpanProcessor processor;

    public DetachedFlushFilter(SpanProcessor processor) {
      this.processor = processor;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      return chain.filter(exchange).doFinally(signal -> Mono.fromRunnable(() ->
              processor.forceFlush().join(5, TimeUnit.SECONDS))
          .subscribeOn(Schedulers.boundedElastic())
          .subscribe());
    }
  }

  public static class WaitingFlushFilter implements WebFilter {
    private final SpanProcessor processor;

    public WaitingFlushFilter(SpanProcessor processor) {
      this.processor = processor;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      return chain.filter(exchange)
          .then(Mono.fromRunnable(() -> processor.forceFlush().join(5, TimeUnit.SECONDS))); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }
}
