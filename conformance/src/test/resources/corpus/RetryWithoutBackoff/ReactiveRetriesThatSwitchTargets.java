package corpus.retrywithoutbackoff;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactor retries whose failure hook switches targets (docs/rules/RetryWithoutBackoff.md, "What is not flagged"): a
 * hook in the retried work gives a field the work reads another value, so the next attempt asks the other scope or
 * replica, as a loop's catch that switches targets does. A hook that only logs, one that writes what the work never
 * reads, or one attached after the retry, leaves the same request repeated at once: flagged.
 */
class ReactiveRetriesThatSwitchTargets {
  enum Scope { CONTAINER, DATABASE }

  static final class NotConfiguredException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  interface Throughput {
    Mono<Integer> read(Scope scope);

    Mono<String> get(String endpoint);
  }

  private final Throughput client;
  private final String secondary;
  private Scope scope = Scope.CONTAINER;
  private String endpoint;
  private String lastEndpoint;

  ReactiveRetriesThatSwitchTargets(Throughput client, String primary, String secondary) {
    this.client = client;
    this.endpoint = primary;
    this.secondary = secondary;
  }

  Mono<Integer> acceptsRetryThatAsksTheOtherScopeAfterAFailure() {
    return Mono.defer(() -> client.read(this.scope))
        .onErrorResume(failure -> {
          if (failure instanceof NotConfiguredException) {
            this.scope = Scope.DATABASE;
          }
          return Mono.error(failure);
        })
        .retryWhen(Retry.max(1).filter(NotConfiguredException.class::isInstance));
  }

  Mono<String> acceptsRetryOnTheSecondaryAfterAFailure() {
    return Mono.defer(() -> client.get(endpoint))
        .doOnError(failure -> endpoint = secondary)
        .retryWhen(Retry.max(2));
  }

  Mono<String> flagsRetryWhoseHookOnlyLogs() {
    return Mono.defer(() -> client.get(endpoint))
        .onErrorResume(failure -> {
          System.err.println("read failed on " + endpoint);
          return Mono.error(failure);
        })
        .retryWhen(Retry.max(2)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  Mono<String> flagsRetryWhoseHookWritesWhatTheWorkNeverReads() {
    return Mono.defer(() -> client.get(endpoint))
        .doOnError(failure -> lastEndpoint = endpoint)
        .retryWhen(Retry.max(2)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  Mono<String> flagsRetryWhoseSwitchComesAfterIt() {
    return Mono.defer(() -> client.get(endpoint))
        .retryWhen(Retry.max(2)) // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
        .doOnError(failure -> endpoint = secondary);
  }

  String lastEndpoint() {
    return lastEndpoint;
  }
}
