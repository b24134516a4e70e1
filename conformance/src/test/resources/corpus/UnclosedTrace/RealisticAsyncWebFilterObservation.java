package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A WebFlux filter of an agent gateway that observes every exchange with Micrometer and puts the observation into
 * the Reactor context, so that downstream operators see it as the parent.
 */
public class RealisticAsyncWebFilterObservation implements WebFilter {
  private final ObservationRegistry registry;

  public RealisticAsyncWebFilterObservation(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    Observation observation = Observation.createNotStarted("gateway.exchange", registry)
        .lowCardinalityKeyValue("method", String.valueOf(exchange.getRequest().getMethod()))
        .start();
    return chain.filter(exchange)
        .doOnError(observation::error)
        .doFinally(signal -> observation.stop())
        .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, observation));
  }

  /** The same filter written with the observation's scope opened for the synchronous part. */
  public Mono<Void> filterWithScope(ServerWebExchange exchange, WebFilterChain chain) {
    Observation observation = Observation.start("gateway.exchange.scoped", registry);
    try (Observation.Scope scope = observation.openScope()) {
      return chain.filter(exchange)
          .doFinally(signal -> observation.stop())
          .contextWrite(Context.of(ObservationThreadLocalAccessor.KEY, observation));
    }
  }

  /** Reads the observation the filter put into the context instead of starting one. */
  public Mono<String> tagRoute(ServerWebExchange exchange) {
    return Mono.deferContextual(view -> {
      Observation parent = view.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
      if (parent != null) {
        parent.highCardinalityKeyValue("route", exchange.getRequest().getPath().value());
      }
      return Mono.just(exchange.getRequest().getPath().value());
    });
  }

  /** A child observation per downstream call, ended on success, error and cancel alike. */
  public Mono<String> callTool(String tool, Mono<String> invocation) {
    Observation child = Observation.createNotStarted("gateway.tool", registry)
        .lowCardinalityKeyValue("tool", tool)
        .start();
    return invocation
        .doOnError(child::error)
        .doOnTerminate(child::stop)
        .doOnCancel(child::stop);
  }

  /** Started only after the request was validated: a rejected request starts nothing. */
  public Mono<Void> filterValidated(ServerWebExchange exchange, WebFilterChain chain) {
    if (exchange.getRequest().getHeaders().getFirst("X-Tenant") == null) {
      return Mono.empty();
    }
    Observation observation = Observation.start("gateway.tenant", registry);
    return chain.filter(exchange).doFinally(signal -> observation.stop());
  }
}
