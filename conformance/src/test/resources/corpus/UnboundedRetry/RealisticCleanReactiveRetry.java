package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Reactor pipelines retried a bounded number of times with backoff, and repeated polling bounded by take(..). */
public class RealisticCleanReactiveRetry {
  interface ReactiveIngest {
    Mono<Integer> send(String batch);

    Mono<String> status(String jobId);
  }

  private final ReactiveIngest ingest;

  RealisticCleanReactiveRetry(ReactiveIngest ingest) {
    this.ingest = ingest;
  }

  public Mono<Integer> send(String batch) {
    return ingest.send(batch)
        .timeout(Duration.ofSeconds(10))
        .retryWhen(Retry.backoff(3, Duration.ofMillis(200))
            .maxBackoff(Duration.ofSeconds(5))
            .jitter(0.5)
            .filter(error -> error instanceof IOException));
  }

  public Mono<Integer> sendFixedDelay(String batch) {
    return ingest.send(batch).retryWhen(Retry.fixedDelay(5, Duration.ofSeconds(1)));
  }

  public Mono<String> awaitDone(String jobId) {
    return Flux.interval(Duration.ofSeconds(2))
        .flatMap(tick -> ingest.status(jobId))
        .filter("DONE"::equals)
        .next()
        .timeout(Duration.ofMinutes(5));
  }

  public Flux<String> pollBounded(String jobId) {
    return ingest.status(jobId)
        .repeatWhen(done -> done.delayElements(Duration.ofSeconds(1)))
        .take(30);
  }
}
