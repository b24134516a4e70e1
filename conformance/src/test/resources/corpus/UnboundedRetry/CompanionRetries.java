package corpus.unboundedretry;

import java.time.Duration;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.Retry.RetrySignal;

/**
 * Reactor retries built from a companion function (docs/rules/UnboundedRetry.md, "Library settings that mean no
 * limit"): {@code Retry.from} and {@code Retry.withThrowable} retry for as long as the companion emits. A companion
 * written in place that never ends or fails retries forever; one that takes a few signals, compares the count, or
 * fails after the last is bounded, and one given by a variable or a helper is unknown.
 */
class CompanionRetries {
  Mono<String> flagsCompanionThatOnlyDelays(Mono<String> call) {
    return call.retryWhen(Retry.from(signals -> signals.delayElements(Duration.ofSeconds(1)))); // tracelint-expect: UnboundedRetry -- Retry.from(...)
  }

  Mono<String> flagsThrowableCompanionThatOnlyDelays(Mono<String> call) {
    return call.retryWhen(Retry.withThrowable( // tracelint-expect: UnboundedRetry -- Retry.withThrowable(...)
        errors -> errors.flatMap(error -> Mono.delay(Duration.ofMillis(100)))));
  }

  Mono<String> acceptsCompanionThatTakesThree(Mono<String> call) {
    return call.retryWhen(Retry.from(signals -> signals.take(3)));
  }

  Mono<String> acceptsCompanionThatFailsAfterTheLast(Mono<String> call) {
    return call.retryWhen(Retry.from(signals -> signals.map(signal -> {
      if (signal.totalRetries() >= 3) {
        throw Exceptions.propagate(signal.failure());
      }
      return signal;
    })));
  }

  Mono<String> acceptsCompanionThatErrorsOnACount(Mono<String> call) {
    return call.retryWhen(Retry.from(signals -> signals.flatMap(signal -> {
      if (signal.totalRetries() < 3) {
        return Mono.delay(Duration.ofMillis(100));
      }
      return Mono.error(signal.failure());
    })));
  }

  Mono<String> acceptsCompanionGivenByAVariable(Mono<String> call,
      Function<Flux<RetrySignal>, Publisher<?>> companion) {
    return call.retryWhen(Retry.from(companion));
  }

  Mono<String> acceptsCompanionThatAsksAHelper(Mono<String> call) {
    return call.retryWhen(Retry.from(signals -> signals.flatMap(this::decide)));
  }

  private Mono<Long> decide(RetrySignal signal) {
    return signal.totalRetries() < 3 ? Mono.delay(Duration.ofMillis(100)) : Mono.error(signal.failure());
  }
}
