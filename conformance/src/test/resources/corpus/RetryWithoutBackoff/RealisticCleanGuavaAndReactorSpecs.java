package corpus.retrywithoutbackoff;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Library retry specs that wait between attempts. */
public class RealisticCleanGuavaAndReactorSpecs {
  public static Retryer<String> exportRetryer() {
    return RetryerBuilder.<String>newBuilder()
        .retryIfExceptionOfType(IOException.class)
        .withWaitStrategy(WaitStrategies.exponentialWait(100, 10, TimeUnit.SECONDS))
        .withStopStrategy(StopStrategies.stopAfterAttempt(5))
        .build();
  }

  public static Retryer<Boolean> healthRetryer() {
    return RetryerBuilder.<Boolean>newBuilder()
        .retryIfResult(healthy -> !Boolean.TRUE.equals(healthy))
        .withWaitStrategy(WaitStrategies.fixedWait(2, TimeUnit.SECONDS))
        .withStopStrategy(StopStrategies.stopAfterDelay(1, TimeUnit.MINUTES))
        .build();
  }

  public Mono<String> fetch(Mono<String> call) {
    return call.retryWhen(Retry.backoff(4, Duration.ofMillis(300)).maxBackoff(Duration.ofSeconds(3)));
  }

  public Mono<String> fetchFixed(Mono<String> call) {
    return call.retryWhen(Retry.fixedDelay(3, Duration.ofMillis(500)).filter(IOException.class::isInstance));
  }

  public String callWithRetryer(java.util.concurrent.Callable<String> call) throws Exception {
    try {
      return exportRetryer().call(call);
    } catch (com.github.rholder.retry.RetryException e) {
      throw new IOException("export failed after " + e.getNumberOfFailedAttempts() + " attempts", e);
    }
  }
}
