package corpus.unboundedretry;

import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Unlimited Reactor retries used as control flow inside a unit of work that expires (docs/rules/UnboundedRetry.md,
 * "Library settings that mean no limit"): the filter admits only the unit's own "go round again" signal, and the
 * retried work first calls a same-class guard that raises another failure once the work's time is up. The guard may
 * build its failure with a factory method and ask the time through a method named for the question
 * ({@code hasExpired(..)}). The same retries are endless when the guard raises the admitted signal itself, when it
 * gives up on a test that is not about time, when a subclass may replace it, or when nothing filters.
 */
class RetriedWorkGuardedByAnExpiryCheck {
  static final class RefetchSignal extends RuntimeException {}

  static final class SessionExpiredException extends RuntimeException {
    SessionExpiredException(String stage) {
      super("checkout session expired in " + stage);
    }
  }

  interface InventoryClient {
    Mono<Integer> reserve(String sku);
  }

  private final InventoryClient inventory;
  private final Instant expiresAt;
  private volatile boolean rejectedByWarehouse;

  RetriedWorkGuardedByAnExpiryCheck(InventoryClient inventory, Duration lifetime) {
    this.inventory = inventory;
    this.expiresAt = Instant.now().plus(lifetime);
  }

  Mono<Integer> acceptsAGuardThrowingABuiltFailureOnExpiry(String sku) {
    return Mono.defer(() -> {
          throwIfExpired("reserve");
          return inventory.reserve(sku)
              .flatMap(left -> left < 0 ? Mono.error(new RefetchSignal()) : Mono.just(left));
        })
        .retryWhen(Retry.backoff(Integer.MAX_VALUE, Duration.ofMillis(1))
            .filter(error -> error instanceof RefetchSignal));
  }

  Mono<Integer> acceptsAGuardTwoCallsDeep(String sku) {
    return Mono.defer(() -> {
          checkStillOpen("reserve-all");
          return inventory.reserve(sku).switchIfEmpty(Mono.error(new RefetchSignal()));
        })
        .retryWhen(Retry.backoff(Integer.MAX_VALUE, Duration.ofMillis(5)).filter(RefetchSignal.class::isInstance));
  }

  Mono<Integer> acceptsAnErrorBuiltPastTheExpiryInTheWork(String sku) {
    return Mono.defer(() -> {
          if (hasExpired("confirm")) {
            return Mono.error(sessionExpired("confirm"));
          }
          return inventory.reserve(sku).switchIfEmpty(Mono.error(new RefetchSignal()));
        })
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(20))
            .filter(error -> error instanceof RefetchSignal));
  }

  Mono<Integer> flagsAGuardThatRaisesTheAdmittedSignal(String sku) {
    return Mono.defer(() -> {
          refetchIfExpired();
          return inventory.reserve(sku);
        })
        .retryWhen(Retry.backoff(Integer.MAX_VALUE, Duration.ofMillis(1)) // tracelint-expect: UnboundedRetry
            .filter(error -> error instanceof RefetchSignal));
  }

  Mono<Integer> flagsAGuardOnAStateThatIsNoDeadline(String sku) {
    return Mono.defer(() -> {
          throwIfRejected("reserve");
          return inventory.reserve(sku).switchIfEmpty(Mono.error(new RefetchSignal()));
        })
        .retryWhen(Retry.backoff(Integer.MAX_VALUE, Duration.ofMillis(1)) // tracelint-expect: UnboundedRetry
            .filter(error -> error instanceof RefetchSignal));
  }

  Mono<Integer> flagsAGuardASubclassMayReplace(String sku) {
    return Mono.defer(() -> {
          verifyOpen("reserve");
          return inventory.reserve(sku).switchIfEmpty(Mono.error(new RefetchSignal()));
        })
        .retryWhen(Retry.backoff(Integer.MAX_VALUE, Duration.ofMillis(1)) // tracelint-expect: UnboundedRetry
            .filter(error -> error instanceof RefetchSignal));
  }

  private void throwIfExpired(String stage) {
    if (hasExpired(stage)) {
      throw sessionExpired(stage);
    }
  }

  private void checkStillOpen(String stage) {
    throwIfExpired(stage);
  }

  private void refetchIfExpired() {
    if (hasExpired("refetch")) {
      throw new RefetchSignal();
    }
  }

  private void throwIfRejected(String stage) {
    if (rejectedByWarehouse) {
      throw sessionExpired(stage);
    }
  }

  /** Overridable: a subclass decides what an open session is. */
  protected void verifyOpen(String stage) {
    if (hasExpired(stage)) {
      throw sessionExpired(stage);
    }
  }

  private boolean hasExpired(String stage) {
    return Instant.now().isAfter(expiresAt);
  }

  private static SessionExpiredException sessionExpired(String stage) {
    return new SessionExpiredException(stage);
  }
}
