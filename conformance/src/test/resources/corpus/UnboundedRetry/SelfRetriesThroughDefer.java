package corpus.unboundedretry;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * A self-call wrapped in Mono.defer inside a failure handler is subscribed to when the handler's publisher is: it is
 * the same asynchronous self-retry as one written in the handler itself, bounded and paced by the same rules.
 */
public class SelfRetriesThroughDefer {
  interface Assistant {
    Mono<String> ask(String question);
  }

  private final Assistant primary;
  private final Assistant secondary;

  SelfRetriesThroughDefer(Assistant primary, Assistant secondary) {
    this.primary = primary;
    this.secondary = secondary;
  }

  Mono<String> flagsDeferredSelfRetry(String question) {
    return primary.ask(question)
        .onErrorResume(error -> Mono.defer(() -> flagsDeferredSelfRetry(question))); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> flagsDeferredSelfRetryInABlock(String question) {
    return primary.ask(question).onErrorResume(error -> Mono.defer(() -> {
      return flagsDeferredSelfRetryInABlock(question); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }));
  }

  Mono<String> acceptsDeferredSelfRetryCountedAndDelayed(String question, int attemptsLeft) {
    return primary.ask(question).onErrorResume(error -> attemptsLeft <= 0
        ? Mono.error(error)
        : Mono.delay(Duration.ofMillis(500))
            .then(Mono.defer(() -> acceptsDeferredSelfRetryCountedAndDelayed(question, attemptsLeft - 1))));
  }

  Mono<String> acceptsDeferredFallbackToAnotherAssistant(String question) {
    return primary.ask(question).onErrorResume(error -> Mono.defer(() -> secondary.ask(question)));
  }

  Mono<String> acceptsDeferredCallOutsideAnyFailureHandler(String question) {
    return Mono.defer(() -> primary.ask(question)).timeout(Duration.ofSeconds(20));
  }
}
