package corpus.unboundedretry;

import java.net.ConnectException;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactor specs with unlimited attempts (docs/rules/UnboundedRetry.md, "Library settings that mean no limit"): a
 * filter says which failures are retried, never how often, so it bounds nothing; a capped exponential backoff stops
 * the hammering (RetryWithoutBackoff stays silent) but not the retrying: the work still never ends while the call
 * keeps failing.
 */
class ReactiveUnlimitedSpecs {
  static final class SessionExpiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  Mono<String> flagsIndefiniteRetryOfAnExpiredSession(Mono<String> query) {
    return query.retryWhen(Retry.indefinitely().filter(SessionExpiredException.class::isInstance)); // tracelint-expect: UnboundedRetry -- Retry.indefinitely()
  }

  Mono<String> flagsIndefiniteRetryWhileThePeerIsNotListening(Mono<String> send) {
    return send.retryWhen(Retry.indefinitely().filter(ConnectException.class::isInstance)); // tracelint-expect: UnboundedRetry -- Retry.indefinitely() // tracelint-expect: RetryWithoutBackoff -- Retry.indefinitely() retries immediately
  }

  Mono<String> flagsUnlimitedAttemptsWithCappedBackoff(Mono<String> connect) {
    return connect.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)) // tracelint-expect: UnboundedRetry -- Retry.backoff(...)
        .maxBackoff(Duration.ofMinutes(1)));
  }

  Mono<String> acceptsBoundedAttemptsWithCappedBackoff(Mono<String> connect) {
    return connect.retryWhen(Retry.backoff(20, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1)));
  }

  Mono<String> acceptsCappedBackoffBoundedByTime(Mono<String> connect) {
    return connect.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1)))
        .timeout(Duration.ofMinutes(10));
  }

  Mono<String> acceptsOneRetryOfAnExpiredSession(Mono<String> query) {
    return query.retryWhen(Retry.max(1).filter(SessionExpiredException.class::isInstance));
  }
}
