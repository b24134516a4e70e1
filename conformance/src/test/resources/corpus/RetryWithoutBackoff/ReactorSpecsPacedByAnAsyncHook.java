package corpus.retrywithoutbackoff;

import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A retry spec whose doBeforeRetryAsync (or doAfterRetryAsync) hook returns a delay waits for it before each
 * attempt: the attempts are paced by hand. A hook that only logs or records paces nothing.
 */
public class ReactorSpecsPacedByAnAsyncHook {
  interface Ranker {
    Mono<double[]> rank(String query);

    Mono<Void> recordRetry(long attempt);
  }

  private final Ranker ranker;

  ReactorSpecsPacedByAnAsyncHook(Ranker ranker) {
    this.ranker = ranker;
  }

  Mono<double[]> acceptsMaxSpecDelayedBeforeEachRetry(String query) {
    return ranker.rank(query)
        .retryWhen(Retry.max(3).doBeforeRetryAsync(signal -> Mono.delay(Duration.ofSeconds(1)).then()));
  }

  Mono<double[]> acceptsMaxInARowSpecDelayedAfterEachRetry(String query) {
    return ranker.rank(query).retryWhen(Retry.maxInARow(2)
        .doAfterRetryAsync(signal -> Mono.just(signal).delayElement(Duration.ofMillis(250 * (signal.totalRetries() + 1))).then()));
  }

  Mono<double[]> flagsMaxSpecWhoseAsyncHookOnlyRecords(String query) {
    return ranker.rank(query)
        .retryWhen(Retry.max(3).doBeforeRetryAsync(signal -> ranker.recordRetry(signal.totalRetries()))); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<double[]> flagsMaxSpecWithASynchronousLogHook(String query) {
    return ranker.rank(query)
        .retryWhen(Retry.max(2).doBeforeRetry(signal -> System.err.println("retrying " + signal.totalRetries()))); // tracelint-expect: RetryWithoutBackoff
  }
}
