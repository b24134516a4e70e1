package corpus.unboundedretry;

import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Retry settings whose unlimited count is set again further down the same chain: the last count given is the one the
 * retry keeps. A later call that sets something else (the longest pause), or sets the count to unlimited again,
 * leaves the retry without a limit.
 */
class CountsSetAgainInTheChain {
  interface Ranker {
    Mono<String> rank(String query);
  }

  private final Ranker ranker;

  CountsSetAgainInTheChain(Ranker ranker) {
    this.ranker = ranker;
  }

  Mono<String> flagsAnUnlimitedBackoffGivenOnlyALongestPause(String query) {
    return ranker.rank(query)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(250)) // tracelint-expect: UnboundedRetry
            .maxBackoff(Duration.ofSeconds(10)));
  }

  RetryConfig flagsAResilienceCountMadeUnlimitedLast() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Duration.ofMillis(400))
        .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry
        .build();
  }

  Mono<String> acceptsAnUnlimitedBackoffCappedByMaxAttempts(String query) {
    return ranker.rank(query)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(250)).maxAttempts(6));
  }

  Mono<String> acceptsAFixedDelayCappedLater(String query) {
    return ranker.rank(query)
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(1))
            .maxAttempts(4));
  }

  RetryConfig acceptsAResilienceCountBoundedLast() {
    return RetryConfig.custom()
        .maxAttempts(Integer.MAX_VALUE)
        .waitDuration(Duration.ofMillis(400))
        .maxAttempts(5)
        .build();
  }

  RetryPolicy<Object> acceptsAFailsafeCountBoundedLast() {
    return RetryPolicy.builder()
        .handle(IOException.class)
        .withMaxRetries(-1)
        .withDelay(Duration.ofMillis(300))
        .withMaxAttempts(4)
        .build();
  }
}
