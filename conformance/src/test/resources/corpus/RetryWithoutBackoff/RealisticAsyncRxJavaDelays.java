package corpus.retrywithoutbackoff;

import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import java.util.concurrent.TimeUnit;

/**
 * An RxJava 3 client of a hosted evaluation service: retries wait through retryWhen with timers; a plain retry(2)
 * resubscribes at once.
 */
public class RealisticAsyncRxJavaDelays {
  interface EvalService {
    Single<Double> score(String answer, String reference);

    Observable<String> progress(String runId);
  }

  private final EvalService service;

  RealisticAsyncRxJavaDelays(EvalService service) {
    this.service = service;
  }

  public Single<Double> score(String answer, String reference) {
    return service.score(answer, reference)
        .retryWhen(errors -> errors
            .zipWith(Flowable.range(1, 4), (error, attempt) -> attempt)
            .flatMap(attempt -> Flowable.timer(1L << attempt, TimeUnit.SECONDS)));
  }

  public Observable<String> progress(String runId) {
    return service.progress(runId)
        .retryWhen(errors -> errors.take(5).delay(2, TimeUnit.SECONDS));
  }

  public Single<Double> scoreOrZero(String answer, String reference) {
    return service.score(answer, reference).timeout(10, TimeUnit.SECONDS).onErrorReturnItem(0.0);
  }

  public Single<Double> scoreTwiceMore(String answer, String reference) {
    return service.score(answer, reference).retry(2); // tracelint-expect: RetryWithoutBackoff
  }
}
