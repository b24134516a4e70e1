package corpus.retrywithoutbackoff;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A WebClient-style LLM gateway client that refreshes its OAuth token when a call is rejected as expired and sends
 * the call once more with the new token: no wait would help, and the second attempt is guarded to happen once.
 */
public class RealisticAsyncTokenRefreshFallbacks {
  static final class TokenExpiredException extends RuntimeException {
    TokenExpiredException(String message) {
      super(message);
    }
  }

  interface Gateway {
    Mono<String> complete(String prompt, String bearer);

    CompletableFuture<String> completeAsync(String prompt, String bearer);
  }

  interface Tokens {
    Mono<String> current();

    Mono<String> refresh();

    CompletableFuture<String> refreshAsync();
  }

  private final Gateway gateway;
  private final Tokens tokens;

  RealisticAsyncTokenRefreshFallbacks(Gateway gateway, Tokens tokens) {
    this.gateway = gateway;
    this.tokens = tokens;
  }

  public Mono<String> complete(String prompt, boolean refreshed) {
    return (refreshed ? tokens.refresh() : tokens.current())
        .flatMap(bearer -> gateway.complete(prompt, bearer))
        .onErrorResume(TokenExpiredException.class, error -> refreshed ? Mono.error(error) : complete(prompt, true));
  }

  public Mono<String> completeRetryingExpiredOnce(String prompt) {
    return Mono.defer(() -> tokens.current().flatMap(bearer -> gateway.complete(prompt, bearer)))
        .retryWhen(Retry.max(1).filter(TokenExpiredException.class::isInstance));
  }

  public Mono<String> completeWithBackoffOnOtherFailures(String prompt) {
    return tokens.current()
        .flatMap(bearer -> gateway.complete(prompt, bearer))
        .retryWhen(Retry.backoff(3, Duration.ofMillis(300)).filter(error -> !(error instanceof TokenExpiredException)));
  }

  public CompletableFuture<String> completeAsync(String prompt, String bearer, boolean afterRefresh) {
    return gateway.completeAsync(prompt, bearer).exceptionallyCompose(error -> afterRefresh
        ? CompletableFuture.failedFuture(error)
        : tokens.refreshAsync().thenCompose(fresh -> completeAsync(prompt, fresh, true)));
  }
}
