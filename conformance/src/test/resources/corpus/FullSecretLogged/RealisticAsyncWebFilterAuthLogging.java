package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A WebFlux API-key filter of an agent gateway: it checks the key, puts the caller's id in the Reactor context for
 * later log lines and logs which scheme was used; one debug line logs the header itself.
 */
public class RealisticAsyncWebFilterAuthLogging implements WebFilter {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncWebFilterAuthLogging.class);

  interface KeyDirectory {
    Mono<String> callerFor(String apiKey);
  }

  private final KeyDirectory directory;

  public RealisticAsyncWebFilterAuthLogging(KeyDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    String path = exchange.getRequest().getPath().value();
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      log.info("rejecting {} without a bearer credential", path);
      return Mono.empty();
    }
    String presented = authorization.substring("Bearer ".length());
    log.debug("bearer credential of {} chars presented for {}", presented.length(), path);
    return directory.callerFor(presented)
        .doOnNext(caller -> log.info("caller {} authenticated for {}", caller, path))
        .switchIfEmpty(Mono.fromRunnable(() -> log.warn("unknown credential presented for {}", path)))
        .flatMap(caller -> chain.filter(exchange).contextWrite(Context.of("caller", caller)))
        .then();
  }

  public Mono<Void> filterVerbose(ServerWebExchange exchange, WebFilterChain chain) {
    String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    log.debug("incoming authorization: {}", authorization); // tracelint-expect: FullSecretLogged
    return chain.filter(exchange);
  }
}
