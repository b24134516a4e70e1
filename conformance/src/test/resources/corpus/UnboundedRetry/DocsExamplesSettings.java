package corpus.unboundedretry;

import io.reactivex.rxjava3.core.Single;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.policy.AlwaysRetryPolicy;
import org.springframework.util.backoff.FixedBackOff;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * UnboundedRetry's page, its library settings as the page writes them ("Library settings that mean no limit", "What
 * is not flagged", "Known limits").
 */
class DocsExamplesSettings {
  private final BlockingQueue<String> queue;

  DocsExamplesSettings(BlockingQueue<String> queue) {
    this.queue = queue;
  }

  Mono<String> flagsCompanionThatOnlyDelays(Mono<String> call) {
    return call.retryWhen(Retry.from(signals -> signals.delayElements(Duration.ofSeconds(1)))); // tracelint-expect: UnboundedRetry
  }

  Mono<String> flagsUnlimitedAttemptsWithACappedBackoff(Mono<String> call) {
    return call.retryWhen(
        Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)) // tracelint-expect: UnboundedRetry
            .maxBackoff(Duration.ofMinutes(1)));
  }

  FixedBackOff flagsFixedBackOffWithUnlimitedAttempts() {
    return new FixedBackOff(5_000, FixedBackOff.UNLIMITED_ATTEMPTS); // tracelint-expect: UnboundedRetry
  }

  DefaultErrorHandler flagsDefaultFixedBackOffHandedToAnErrorHandler() {
    return new DefaultErrorHandler((record, failure) -> {}, new FixedBackOff()); // tracelint-expect: UnboundedRetry
  }

  DefaultErrorHandler acceptsFixedBackOffThatTakesTheBound() {
    return new DefaultErrorHandler((record, failure) -> {}, new FixedBackOff(1_000, 3));
  }

  Mono<String> flagsIndefiniteRetryWithAFilter(Mono<String> call) {
    return call.retryWhen(Retry.indefinitely().filter(e -> e instanceof java.io.IOException)); // tracelint-expect: UnboundedRetry
  }

  Mono<String> acceptsBoundedBackoff(Mono<String> call) {
    return call.retryWhen(Retry.backoff(3, Duration.ofMillis(100)));
  }

  Mono<String> acceptsRetryBoundedByATimeoutAfterIt(Mono<String> call) {
    return call.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))).timeout(Duration.ofMinutes(5));
  }

  Mono<String> flagsTimeoutBeforeTheRetry(Mono<String> call) {
    return call.timeout(Duration.ofSeconds(5)).retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))); // tracelint-expect: UnboundedRetry
  }

  Single<String> flagsRxJavaRetryWithAPredicate(Single<String> call) {
    return call.retry(e -> e instanceof java.io.IOException); // tracelint-expect: UnboundedRetry
  }

  Mono<String> acceptsPublisherThatReceivesTheNextMessage(DocsMessageSource source) {
    return Mono.<String>create(sink -> sink.success(source.receive())).retry();
  }

  Mono<String> acceptsPublisherThatPollsTheQueueWithATimeout() {
    return Mono.fromCallable(() -> queue.poll(1, java.util.concurrent.TimeUnit.SECONDS)).retry();
  }

  Mono<String> flagsIntakeNamedReadThatNamesWhatItTakes(DocsMessageSource source, String id) {
    return Mono.fromCallable(() -> source.read(id)).retry(); // tracelint-expect: UnboundedRetry
  }

  Mono<String> flagsReactorNextThatIsNoIntake(Flux<String> answers) {
    return answers.next().retry(); // tracelint-expect: UnboundedRetry
  }

  RetryPolicy acceptsFallbackWhenTheUserGaveNone(RetryPolicy configured) {
    return configured == null ? new AlwaysRetryPolicy() : configured;
  }
}

interface DocsMessageSource {
  String receive();

  String read(String id);
}
