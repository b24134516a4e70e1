package corpus.retrywithoutbackoff;

import com.github.rholder.retry.RetryException;
import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs an evaluation suite against a model endpoint, with guava-retrying and a hand-written pacer. */
public class RealisticEvalHarness {
  interface ModelEndpoint {
    String score(String sample) throws IOException;
  }

  private final ModelEndpoint endpoint;
  private final Retryer<String> scoreRetryer = RetryerBuilder.<String>newBuilder()
      .retryIfExceptionOfType(IOException.class)
      .withWaitStrategy(WaitStrategies.exponentialWait(100, 10, TimeUnit.SECONDS))
      .withStopStrategy(StopStrategies.stopAfterAttempt(5))
      .build();
  private final Retryer<String> judgeRetryer = RetryerBuilder.<String>newBuilder() // tracelint-expect: RetryWithoutBackoff
      .retryIfExceptionOfType(IOException.class)
      .withStopStrategy(StopStrategies.stopAfterAttempt(3))
      .build();

  RealisticEvalHarness(ModelEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  public String score(String sample) throws ExecutionException, RetryException {
    Callable<String> call = () -> endpoint.score(sample);
    return scoreRetryer.call(call);
  }

  public String judge(String sample) throws ExecutionException, RetryException {
    return judgeRetryer.call(() -> endpoint.score("judge:" + sample));
  }

  /**
   * Hand-written: the pause lives in another object's method whose name does not say so. Waits are known by owner or
   * name (Known limits), so this reads as an immediate retry until the pacer is listed in BackoffMethods.
   */
  public String scoreWithPacing(String sample) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 4; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return endpoint.score(sample);
      } catch (IOException e) {
        last = e;
        pacer.beforeNextAttempt(attempt);
      }
    }
    throw last;
  }

  /** The pacer's method is named for what it does, not for a wait. */
  interface Pacer {
    void beforeNextAttempt(int attempt);
  }

  private Pacer pacer = attempt -> {
    try {
      Thread.sleep(200L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  };
}
