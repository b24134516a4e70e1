package corpus.retrywithoutbackoff;

import com.github.rholder.retry.Attempt;
import com.github.rholder.retry.RetryListener;
import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retryers made per endpoint by a factory: a generic method with a bounded type, a listener as a lambda-free
 * anonymous class, computeIfAbsent with a method reference, and one endpoint whose retryer has no wait strategy.
 */
public class RealisticModernGuavaRetryerFactory {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernGuavaRetryerFactory.class);

  record Endpoint(String name, int attempts, long initialMillis) {}

  private final Map<String, Retryer<?>> retryers = new ConcurrentHashMap<>();

  private static final RetryListener LOGGING =
      new RetryListener() {
        @Override
        public <V> void onRetry(Attempt<V> attempt) {
          if (attempt.hasException()) {
            log.info("attempt {} failed: {}", attempt.getAttemptNumber(), attempt.getExceptionCause().toString());
          }
        }
      };

  static <T extends CharSequence> Retryer<T> retryerFor(Endpoint endpoint) {
    return RetryerBuilder.<T>newBuilder()
        .retryIfExceptionOfType(IOException.class)
        .withWaitStrategy(WaitStrategies.exponentialWait(endpoint.initialMillis(), 10, TimeUnit.SECONDS))
        .withStopStrategy(StopStrategies.stopAfterAttempt(endpoint.attempts()))
        .withRetryListener(LOGGING)
        .build();
  }

  @SuppressWarnings("unchecked")
  public Retryer<String> forEndpoint(Endpoint endpoint) {
    return (Retryer<String>) retryers.computeIfAbsent(endpoint.name(), name -> retryerFor(endpoint));
  }

  public Retryer<String> fixedPause(int attempts) {
    return RetryerBuilder.<String>newBuilder()
        .retryIfException()
        .withWaitStrategy(WaitStrategies.fixedWait(500, TimeUnit.MILLISECONDS))
        .withStopStrategy(StopStrategies.stopAfterAttempt(attempts))
        .build();
  }

  public Retryer<Boolean> healthProbe() {
    return RetryerBuilder.<Boolean>newBuilder() // tracelint-expect: RetryWithoutBackoff
        .retryIfResult(healthy -> !Boolean.TRUE.equals(healthy))
        .withStopStrategy(StopStrategies.stopAfterAttempt(5))
        .build();
  }
}
