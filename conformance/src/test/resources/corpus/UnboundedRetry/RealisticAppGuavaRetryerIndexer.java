package corpus.unboundedretry;

import com.github.rholder.retry.RetryException;
import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A document indexer of a knowledge-base agent that pushes chunks to a search cluster with guava-retrying: every
 * retryer stops after a number of attempts or a delay and waits exponentially between them.
 */
public class RealisticAppGuavaRetryerIndexer {
  interface SearchCluster {
    Boolean bulkIndex(List<String> documents) throws IOException;
  }

  private final SearchCluster cluster;
  private final Retryer<Boolean> retryer = RetryerBuilder.<Boolean>newBuilder()
      .retryIfExceptionOfType(IOException.class)
      .retryIfResult(accepted -> !Boolean.TRUE.equals(accepted))
      .withWaitStrategy(WaitStrategies.exponentialWait(100, 10, TimeUnit.SECONDS))
      .withStopStrategy(StopStrategies.stopAfterAttempt(5))
      .build();

  public RealisticAppGuavaRetryerIndexer(SearchCluster cluster) {
    this.cluster = cluster;
  }

  public boolean index(List<String> documents) throws ExecutionException, RetryException {
    return retryer.call(() -> cluster.bulkIndex(documents));
  }

  public boolean indexWithin(List<String> documents, long seconds) throws ExecutionException, RetryException {
    Retryer<Boolean> bounded = RetryerBuilder.<Boolean>newBuilder()
        .retryIfException()
        .withWaitStrategy(WaitStrategies.fibonacciWait(200, 30, TimeUnit.SECONDS))
        .withStopStrategy(StopStrategies.stopAfterDelay(seconds, TimeUnit.SECONDS))
        .build();
    return bounded.call(() -> cluster.bulkIndex(documents));
  }
}
