package corpus.unboundedretry;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** guava-retrying retryers for a vector-store client, assembled step by step. */
public class RealisticIssue10RetryerInVariable {
  private final boolean slowNetwork;

  RealisticIssue10RetryerInVariable(boolean slowNetwork) {
    this.slowNetwork = slowNetwork;
  }

  public Retryer<Boolean> upsertRetryer() {
    RetryerBuilder<Boolean> builder = RetryerBuilder.newBuilder(); // tracelint-expect: UnboundedRetry
    builder.retryIfExceptionOfType(IOException.class);
    builder.withWaitStrategy(WaitStrategies.exponentialWait(100, 10, TimeUnit.SECONDS));
    if (slowNetwork) {
      builder.retryIfResult(accepted -> !accepted);
    }
    return builder.build();
  }

  public Retryer<Boolean> boundedUpsertRetryer() {
    RetryerBuilder<Boolean> builder = RetryerBuilder.newBuilder();
    builder.retryIfExceptionOfType(IOException.class);
    builder.withWaitStrategy(WaitStrategies.exponentialWait(100, 10, TimeUnit.SECONDS));
    builder.withStopStrategy(StopStrategies.stopAfterAttempt(6));
    return builder.build();
  }

  public Retryer<Boolean> tunedRetryer() {
    RetryerBuilder<Boolean> builder = RetryerBuilder.newBuilder();
    builder.retryIfExceptionOfType(IOException.class);
    tune(builder);
    return builder.build();
  }

  private void tune(RetryerBuilder<Boolean> builder) {
    builder.withStopStrategy(StopStrategies.stopAfterDelay(30, TimeUnit.SECONDS));
    builder.withWaitStrategy(WaitStrategies.fixedWait(1, TimeUnit.SECONDS));
  }
}
