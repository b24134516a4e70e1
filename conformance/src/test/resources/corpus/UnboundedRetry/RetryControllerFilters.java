package corpus.unboundedretry;

import java.io.IOException;
import java.net.URI;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A retry spec filtered by an object that controls the retry: its {@code test(failure)} changes the object's own
 * state (the next target, a counter, a once-only flag) and the retried work reads that object. Each attempt follows
 * what the failure said (a redirect, a challenge to answer, a reset tried once), and the filter ends the retry by its
 * own state: neither a blind repeat nor known to be endless. A filter that only classifies failures, or whose state
 * the work never reads, bounds and changes nothing.
 */
class RetryControllerFilters {

  interface Transport {
    Mono<String> exchange(URI target, boolean withCredentials);
  }

  static final class RedirectsAndChallenges implements Predicate<Throwable> {
    private URI target;
    private int redirects;
    private boolean answerChallenge;

    RedirectsAndChallenges(URI target) {
      this.target = target;
    }

    URI target() {
      return target;
    }

    boolean answerChallenge() {
      return answerChallenge;
    }

    @Override
    public boolean test(Throwable failure) {
      if (failure instanceof MovedException && redirects < 10) {
        target = ((MovedException) failure).location();
        redirects++;
        return true;
      }
      if (failure instanceof ChallengeException && !answerChallenge) {
        answerChallenge = true;
        return true;
      }
      return false;
    }
  }

  static final class ResetOnce implements Predicate<Throwable> {
    private boolean retryAllowed = true;

    boolean afterReset() {
      return !retryAllowed;
    }

    @Override
    public boolean test(Throwable failure) {
      if (retryAllowed && failure instanceof IOException) {
        retryAllowed = false;
        return true;
      }
      return false;
    }
  }

  static final class TransientFailures implements Predicate<Throwable> {
    @Override
    public boolean test(Throwable failure) {
      return failure instanceof IOException;
    }
  }

  static final class CountingFilter implements Predicate<Throwable> {
    private long seen;

    @Override
    public boolean test(Throwable failure) {
      seen++;
      return failure instanceof IOException;
    }
  }

  static final class MovedException extends RuntimeException {
    private final URI location;

    MovedException(URI location) {
      this.location = location;
    }

    URI location() {
      return location;
    }
  }

  static final class ChallengeException extends RuntimeException {}

  private final Transport transport;
  private final ResetOnce resetOnce = new ResetOnce();

  RetryControllerFilters(Transport transport) {
    this.transport = transport;
  }

  Mono<String> acceptsRedirectsFollowedByTheFilterTheRequestReads(URI start) {
    RedirectsAndChallenges handler = new RedirectsAndChallenges(start);
    return Mono.defer(() -> transport.exchange(handler.target(), handler.answerChallenge()))
        .retryWhen(Retry.indefinitely().filter(handler));
  }

  Mono<String> acceptsAFieldFilterTriedOnceThatTheWorkReads(URI target) {
    return Mono.defer(() -> transport.exchange(target, resetOnce.afterReset()))
        .retryWhen(Retry.indefinitely().filter(resetOnce));
  }

  Mono<String> acceptsAControllerAlsoBoundedByCount(URI start) {
    RedirectsAndChallenges handler = new RedirectsAndChallenges(start);
    return Mono.defer(() -> transport.exchange(handler.target(), false))
        .retryWhen(Retry.max(3).filter(handler));
  }

  Mono<String> flagsAFilterThatOnlyClassifiesFailures(URI target) {
    TransientFailures transientFailures = new TransientFailures();
    return Mono.defer(() -> transport.exchange(target, false))
        .retryWhen(Retry.indefinitely().filter(transientFailures)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> flagsAStatefulFilterTheWorkNeverReads(URI target) {
    CountingFilter counting = new CountingFilter();
    return Mono.defer(() -> transport.exchange(target, false))
        .retryWhen(Retry.indefinitely().filter(counting)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }
}
