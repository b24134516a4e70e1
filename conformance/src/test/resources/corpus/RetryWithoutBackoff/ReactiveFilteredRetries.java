package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.ConcurrentModificationException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactor retry specs filtered to failures a retry may follow at once (docs/rules/RetryWithoutBackoff.md, "What is
 * not flagged"): an expired session or a lost optimistic lock is resolved by trying again on a fresh session or a
 * fresh read, as the loop exemption says. A spec that lets any other failure through, or none filtered, is flagged.
 */
class ReactiveFilteredRetries {
  static final class SessionExpiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static final class OptimisticLockConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  Mono<String> acceptsRetryOfAnExpiredSession(Mono<String> query) {
    return query.retryWhen(Retry.max(1).filter(SessionExpiredException.class::isInstance));
  }

  Mono<String> acceptsLambdaFilterOfLostRaces(Mono<String> update) {
    return update.retryWhen(Retry.max(3)
        .filter(e -> e instanceof OptimisticLockConflictException || e instanceof ConcurrentModificationException)
        .doBeforeRetry(signal -> signal.totalRetries()));
  }

  Mono<String> acceptsBlockLambdaFilter(Mono<String> query) {
    return query.retryWhen(Retry.maxInARow(2).filter(e -> {
      return e instanceof SessionExpiredException;
    }));
  }

  Mono<String> flagsUnfilteredRetrySpec(Mono<String> query) {
    return query.retryWhen(Retry.max(3)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  Mono<String> flagsFilterToARemoteFailure(Mono<String> query) {
    return query.retryWhen(Retry.max(3).filter(IOException.class::isInstance)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  Mono<String> flagsFilterThatAlsoLetsOthersThrough(Mono<String> query) {
    return query.retryWhen(Retry.max(2) // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
        .filter(e -> e instanceof SessionExpiredException || e instanceof IOException));
  }

  Mono<String> flagsFilterByAnotherTest(Mono<String> query) {
    return query.retryWhen(Retry.max(2).filter(e -> e.getMessage() != null)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }
}
