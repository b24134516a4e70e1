package corpus.retrywithoutbackoff;

import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactive clients of a rerank service in Reactor and RxJava 3: backoff specs and a timer between attempts, and the
 * two that resubscribe at once.
 */
public class RealisticModernReactiveRetries {
  record Ranked(String id, double score) {}

  interface RerankApi {
    Mono<Ranked> rerank(String query, String document);

    Single<Ranked> rerankRx(String query, String document);
  }

  private final RerankApi api;

  public RealisticModernReactiveRetries(RerankApi api) {
    this.api = api;
  }

  public Mono<Ranked> rerank(String query, String document) {
    return api.rerank(query, document)
        .retryWhen(Retry.backoff(3, Duration.ofMillis(250)).filter(IOException.class::isInstance));
  }

  public Single<Ranked> rerankRx(String query, String document) {
    return api.rerankRx(query, document)
        .retryWhen(
            errors ->
                errors
                    .zipWith(Flowable.range(1, 3), (error, attempt) -> attempt)
                    .flatMap(attempt -> Flowable.timer(200L * attempt, TimeUnit.MILLISECONDS)));
  }

  public Mono<Ranked> rerankImmediately(String query, String document) {
    return api.rerank(query, document)
        .retryWhen(Retry.max(3).filter(IOException.class::isInstance)); // tracelint-expect: RetryWithoutBackoff
  }

  public Single<Ranked> rerankRxImmediately(String query, String document) {
    return api.rerankRx(query, document).retry(2); // tracelint-expect: RetryWithoutBackoff
  }
}
