package corpus.unboundedretry;

import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * An RxJava 3 speech-to-text client used by a voice agent: retries are counted by RxJava's bounded overloads or by
 * a companion that zips the errors with a range.
 */
public class RealisticAsyncRxJavaRetryPolicies {
  interface Transcriber {
    Single<String> transcribe(byte[] audio);
  }

  private final Transcriber transcriber;

  RealisticAsyncRxJavaRetryPolicies(Transcriber transcriber) {
    this.transcriber = transcriber;
  }

  public Single<String> transcribe(byte[] audio) {
    return transcriber.transcribe(audio)
        .timeout(15, TimeUnit.SECONDS)
        .retryWhen(errors -> errors
            .zipWith(Flowable.range(1, 3), (error, attempt) -> attempt)
            .flatMap(attempt -> Flowable.timer(attempt * 500L, TimeUnit.MILLISECONDS)));
  }

  public Single<String> transcribeNetworkFailures(byte[] audio) {
    return transcriber.transcribe(audio)
        .retry((attempt, error) -> attempt < 3 && error instanceof IOException);
  }

  public Single<String> transcribeTwiceAtMost(byte[] audio) {
    return transcriber.transcribe(audio).retry(2, IOException.class::isInstance);
  }

  public Single<String> transcribeWhileNetworkFails(byte[] audio) {
    return transcriber.transcribe(audio).retry(error -> error instanceof IOException); // tracelint-expect: UnboundedRetry
  }
}
