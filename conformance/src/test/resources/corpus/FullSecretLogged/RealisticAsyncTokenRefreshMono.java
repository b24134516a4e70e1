package corpus.fullsecretlogged;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A reactive OAuth client-credentials token provider for a model gateway: the token is fetched once, cached until it
 * nearly expires and refreshed in the background; the logs say when and for how long, never what.
 */
public class RealisticAsyncTokenRefreshMono {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncTokenRefreshMono.class);

  record TokenResponse(String accessToken, String tokenType, long expiresIn, String scope) {}

  interface TokenEndpoint {
    Mono<TokenResponse> clientCredentials(String clientId, String clientSecret, String scope);
  }

  private final TokenEndpoint endpoint;
  private final String clientId;
  private final String clientSecret;
  private final Mono<TokenResponse> cached;

  RealisticAsyncTokenRefreshMono(TokenEndpoint endpoint, String clientId, String clientSecret) {
    this.endpoint = endpoint;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.cached = fetch("models.invoke")
        .cache(token -> Duration.ofSeconds(Math.max(0, token.expiresIn() - 60)),
            error -> Duration.ZERO,
            () -> Duration.ZERO);
  }

  private Mono<TokenResponse> fetch(String scope) {
    return endpoint.clientCredentials(clientId, clientSecret, scope)
        .doOnSubscribe(subscription -> log.debug("requesting a token for client {} and scope {}", clientId, scope))
        .doOnNext(token -> log.info("got a {} token for scope {}, expires at {}",
            token.tokenType(), token.scope(), Instant.now().plusSeconds(token.expiresIn())))
        .doOnError(error -> log.warn("token request for client {} failed: {}", clientId, error.toString()));
  }

  public Mono<String> authorizationHeader() {
    return cached.map(token -> "Bearer " + token.accessToken())
        .doOnNext(header -> log.trace("authorization header ready ({} chars)", header.length()));
  }

  public Mono<TokenResponse> debugFetch(String scope) {
    return fetch(scope)
        .doOnNext(token -> log.debug("fresh token {} for {}", token.accessToken(), scope)); // tracelint-expect: FullSecretLogged
  }
}
