package corpus.unboundedretry;

import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactive pollers of a batch-inference API: the job status is polled on an interval until it is terminal, with
 * a time budget; the stream of results reconnects with a bounded backoff.
 */
public class RealisticAsyncReactivePollers {
  record JobStatus(String id, String state) {
    boolean terminal() {
      return "completed".equals(state) || "failed".equals(state);
    }
  }

  interface BatchApi {
    Mono<JobStatus> status(String jobId);

    Flux<String> results(String jobId);
  }

  private final BatchApi api;

  RealisticAsyncReactivePollers(BatchApi api) {
    this.api = api;
  }

  public Mono<JobStatus> awaitCompletion(String jobId) {
    return Flux.interval(Duration.ZERO, Duration.ofSeconds(10))
        .concatMap(tick -> api.status(jobId))
        .filter(JobStatus::terminal)
        .next()
        .timeout(Duration.ofHours(1));
  }

  public Mono<JobStatus> awaitCompletionRetryingStatus(String jobId) {
    return api.status(jobId)
        .retryWhen(Retry.backoff(4, Duration.ofSeconds(1)))
        .repeatWhenEmpty(8, attempts -> attempts.delayElements(Duration.ofSeconds(15)))
        .filter(JobStatus::terminal);
  }

  public Flux<String> results(String jobId) {
    return api.results(jobId)
        .retryWhen(Retry.backoff(6, Duration.ofSeconds(2)).maxBackoff(Duration.ofMinutes(1)));
  }

  public Flux<String> resultsReconnectingForever(String jobId) {
    return api.results(jobId).retryWhen(Retry.indefinitely()); // tracelint-expect: UnboundedRetry
  }
}
