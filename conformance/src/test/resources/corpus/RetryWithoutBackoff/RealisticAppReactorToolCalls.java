package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Tool calls of a reactive agent runtime (Spring WebFlux): network failures are retried with backoff, an expired
 * session once at once after it is renewed; a bare retry(2) sends the same call again immediately.
 */
public class RealisticAppReactorToolCalls {
  static final class ToolSessionExpiredException extends RuntimeException {
    ToolSessionExpiredException(String message) {
      super(message);
    }
  }

  interface ReactiveToolClient {
    Mono<String> invoke(String tool, String argumentsJson);

    Mono<Void> renewSession();
  }

  private final ReactiveToolClient client;

  public RealisticAppReactorToolCalls(ReactiveToolClient client) {
    this.client = client;
  }

  public Mono<String> invoke(String tool, String argumentsJson) {
    return client.invoke(tool, argumentsJson)
        .retryWhen(Retry.backoff(3, Duration.ofMillis(200))
            .jitter(0.5)
            .filter(e -> e instanceof IOException));
  }

  public Mono<String> invokeRenewingSession(String tool, String argumentsJson) {
    return client.invoke(tool, argumentsJson)
        .onErrorResume(ToolSessionExpiredException.class,
            e -> client.renewSession().then(client.invoke(tool, argumentsJson)));
  }

  public Mono<String> invokeAfterExpiry(String tool, String argumentsJson) {
    return client.invoke(tool, argumentsJson)
        .retryWhen(Retry.max(1).filter(ToolSessionExpiredException.class::isInstance));
  }

  public Mono<String> invokeHastily(String tool, String argumentsJson) {
    return client.invoke(tool, argumentsJson)
        .timeout(Duration.ofSeconds(10))
        .retry(2); // tracelint-expect: RetryWithoutBackoff
  }
}
