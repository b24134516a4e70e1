package corpus.unboundedretry;

import io.reactivex.rxjava3.core.Flowable;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Reactive streams of model events, resubscribed with library retry settings. */
public class RealisticIssue10ReactiveRetrySettings {
  interface EventSource {
    Flux<String> events(String session);

    Mono<String> snapshot(String session);

    Flowable<String> legacyEvents(String session);
  }

  private final EventSource source;

  RealisticIssue10ReactiveRetrySettings(EventSource source) {
    this.source = source;
  }

  public Flux<String> follow(String session) {
    return source.events(session)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)) // tracelint-expect: UnboundedRetry
            .maxBackoff(Duration.ofMinutes(1)));
  }

  public Flux<String> followFor(String session) {
    return source.events(session)
        .retryWhen(Retry.backoff(10, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1)));
  }

  public Mono<String> snapshotEventually(String session) {
    return source.snapshot(session).retryWhen(Retry.indefinitely().filter(IllegalStateException.class::isInstance)); // tracelint-expect: UnboundedRetry
  }

  public Flowable<String> followLegacy(String session) {
    return source.legacyEvents(session).retry(error -> error instanceof java.io.IOException); // tracelint-expect: UnboundedRetry
  }

  public Flowable<String> followLegacyBounded(String session) {
    return source.legacyEvents(session).retry(3, error -> error instanceof java.io.IOException);
  }

  public Mono<String> snapshotWithinTimeout(String session) {
    return source.snapshot(session).retry().timeout(Duration.ofSeconds(30));
  }
}
