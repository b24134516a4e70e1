package corpus.unboundedretry;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Unlimited Reactor retries of a poll whose retried work gives up by itself (docs/rules/UnboundedRetry.md, "Library
 * settings that mean no limit"): the spec's filter names the "not yet" failure it retries, and the work raises a
 * failure of another type once a deadline says the time is up, which the filter lets through to the subscriber. The
 * same poll is endless when the filter lets the timeout through too, when there is no filter, or when the work gives up
 * on a test that is not a deadline.
 */
class RetriedWorkThatGivesUpAtADeadline {
  static final class NotReadyException extends RuntimeException {}

  static final class IndexTimeoutException extends RuntimeException {}

  static final class RejectedException extends RuntimeException {}

  interface IndexClient {
    String state(String index);
  }

  interface PollTimer {
    boolean expired();
  }

  private final IndexClient client;

  RetriedWorkThatGivesUpAtADeadline(IndexClient client) {
    this.client = client;
  }

  Mono<String> acceptsATimeoutChosenByADeadlineInATernary(String index, Duration timeout) {
    return Mono.defer(() -> {
      Instant deadline = Instant.now().plus(timeout);
      return Mono.fromCallable(() -> {
            String state = client.state(index);
            if ("online".equals(state)) {
              return state;
            }
            throw Instant.now().isAfter(deadline) ? new IndexTimeoutException() : new NotReadyException();
          })
          .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(200))
              .filter(t -> t instanceof NotReadyException));
    });
  }

  Mono<String> acceptsAnErrorReturnedPastTheDeadline(String index, long timeoutNanos) {
    long deadlineNanos = System.nanoTime() + timeoutNanos;
    return Mono.defer(() -> {
          String state = client.state(index);
          if ("online".equals(state)) {
            return Mono.just(state);
          }
          if (System.nanoTime() - deadlineNanos > 0) {
            return Mono.error(new TimeoutException("index " + index + " still " + state));
          }
          return Mono.error(new NotReadyException());
        })
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50)).filter(NotReadyException.class::isInstance));
  }

  Mono<String> acceptsATimerAskedInTheWork(String index, PollTimer timer) {
    return Mono.fromCallable(() -> {
          String state = client.state(index);
          if (state != null) {
            return state;
          }
          if (timer.expired()) {
            throw new IndexTimeoutException();
          }
          throw new NotReadyException();
        })
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(200))
            .filter(t -> t instanceof NotReadyException || t instanceof IllegalStateException));
  }

  Mono<String> flagsAFilterThatAlsoRetriesTheTimeout(String index, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    return Mono.fromCallable(() -> {
          String state = client.state(index);
          if (state != null) {
            return state;
          }
          throw Instant.now().isAfter(deadline) ? new IndexTimeoutException() : new NotReadyException();
        })
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(200)) // tracelint-expect: UnboundedRetry
            .filter(t -> t instanceof NotReadyException || t instanceof IndexTimeoutException));
  }

  Mono<String> flagsARetryWithNoFilter(String index, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    return Mono.fromCallable(() -> {
          String state = client.state(index);
          if (state != null) {
            return state;
          }
          throw Instant.now().isAfter(deadline) ? new IndexTimeoutException() : new NotReadyException();
        })
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(200))); // tracelint-expect: UnboundedRetry
  }

  Mono<String> flagsAGiveUpOnAStateThatIsNoDeadline(String index) {
    return Mono.fromCallable(() -> {
          String state = client.state(index);
          if ("online".equals(state)) {
            return state;
          }
          if ("deleted".equals(state)) {
            throw new RejectedException();
          }
          throw new NotReadyException();
        })
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(200)) // tracelint-expect: UnboundedRetry
            .filter(t -> t instanceof NotReadyException));
  }
}
