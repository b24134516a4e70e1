package corpus.retrywithoutbackoff;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** guava-retrying retryers for an eval uploader: a stop strategy is not a wait strategy. */
public class RealisticIssue10RetryerWaitDefaults {
  public Retryer<String> uploadRetryer() {
    RetryerBuilder<String> builder = RetryerBuilder.<String>newBuilder(); // tracelint-expect: RetryWithoutBackoff
    builder.retryIfExceptionOfType(IOException.class);
    builder.withStopStrategy(StopStrategies.stopAfterAttempt(4));
    return builder.build();
  }

  public Retryer<String> pacedUploadRetryer() {
    RetryerBuilder<String> builder = RetryerBuilder.<String>newBuilder();
    builder.retryIfExceptionOfType(IOException.class);
    builder.withStopStrategy(StopStrategies.stopAfterAttempt(4));
    builder.withWaitStrategy(WaitStrategies.randomWait(250, TimeUnit.MILLISECONDS, 2, TimeUnit.SECONDS));
    return builder.build();
  }

  public Retryer<String> chainedPacedRetryer() {
    return RetryerBuilder.<String>newBuilder()
        .retryIfExceptionOfType(IOException.class)
        .withWaitStrategy(WaitStrategies.fixedWait(1, TimeUnit.SECONDS))
        .withStopStrategy(StopStrategies.stopAfterAttempt(3))
        .build();
  }
}
