package corpus.retrywithoutbackoff;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of a scoring service, wrapped by hand: an interface default method holds the jittered backoff, a record
 * describes the policy, and a labeled loop over replicas steps to the next one without waiting (it is a failover).
 */
public class RealisticModernGrpcClientRetries {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernGrpcClientRetries.class);

  record BackoffPolicy(int maxAttempts, Duration initial, Duration max) {
    Duration delayFor(int attempt) {
      long base = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt, 16));
      return Duration.ofMillis(ThreadLocalRandom.current().nextLong(base / 2, base + 1));
    }
  }

  interface Pacing {
    default void backoff(BackoffPolicy policy, int attempt) throws InterruptedException {
      TimeUnit.MILLISECONDS.sleep(policy.delayFor(attempt).toMillis());
    }
  }

  interface ScoringStub {
    double score(String replica, String text, Duration deadline) throws TimeoutException;
  }

  private final ScoringStub stub;
  private final BackoffPolicy policy;
  private final Pacing pacing = new Pacing() {};

  public RealisticModernGrpcClientRetries(ScoringStub stub, BackoffPolicy policy) {
    this.stub = stub;
    this.policy = policy;
  }

  public double score(String replica, String text) throws TimeoutException, InterruptedException {
    TimeoutException last = null;
    for (int attempt = 0; attempt < policy.maxAttempts(); attempt++) {
      try {
        return stub.score(replica, text, Duration.ofSeconds(2));
      } catch (TimeoutException e) {
        last = e;
        pacing.backoff(policy, attempt);
      }
    }
    throw last;
  }

  public double scoreOnAnyReplica(String[] replicas, String text) throws TimeoutException {
    TimeoutException last = null;
    replicas:
    for (int i = 0; i < replicas.length; i++) {
      try {
        double score = stub.score(replicas[i], text, Duration.ofSeconds(1));
        if (Double.isNaN(score)) {
          continue replicas;
        }
        return score;
      } catch (TimeoutException e) {
        log.info("replica {} timed out", replicas[i]);
        last = e;
      }
    }
    throw last != null ? last : new TimeoutException("no replica");
  }
}
