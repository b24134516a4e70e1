package corpus.unboundedretry;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failsafe policies described by records: a retry profile record builds its policy, a static factory picks the
 * profile by a switch expression, and every policy has a cap or a time budget.
 */
public class RealisticModernFailsafeRecords {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernFailsafeRecords.class);

  enum Criticality {
    LOW,
    NORMAL,
    HIGH
  }

  record RetryProfile(int maxRetries, Duration delay, Duration maxDelay) {
    RetryProfile {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries");
      }
    }

    <T> RetryPolicy<T> toPolicy() {
      return RetryPolicy.<T>builder()
          .handle(IOException.class)
          .withMaxRetries(maxRetries)
          .withBackoff(delay, maxDelay)
          .onRetry(e -> log.info("retry {} after {}", e.getAttemptCount(), e.getLastException().toString()))
          .build();
    }
  }

  static RetryProfile profileFor(Criticality criticality) {
    return switch (criticality) {
      case LOW -> new RetryProfile(1, Duration.ofMillis(100), Duration.ofMillis(100));
      case NORMAL -> new RetryProfile(3, Duration.ofMillis(200), Duration.ofSeconds(2));
      case HIGH -> new RetryProfile(8, Duration.ofMillis(500), Duration.ofSeconds(30));
    };
  }

  interface Ingest {
    String send(String payload) throws IOException;
  }

  private final Ingest ingest;

  public RealisticModernFailsafeRecords(Ingest ingest) {
    this.ingest = ingest;
  }

  public String send(String payload, Criticality criticality) {
    RetryPolicy<String> policy = profileFor(criticality).toPolicy();
    return Failsafe.with(policy).get(() -> ingest.send(payload));
  }

  public String sendUntilDeadline(String payload) {
    RetryPolicy<String> connectRetries =
        RetryPolicy.<String>builder()
            .handle(ConnectException.class)
            .withMaxRetries(-1)
            .withMaxDuration(Duration.ofMinutes(2))
            .withDelay(Duration.ofSeconds(1))
            .build();
    return Failsafe.with(connectRetries).get(() -> ingest.send(payload));
  }

  public String sendForever(String payload) {
    var forever =
        RetryPolicy.<String>builder()
            .handle(IOException.class)
            .withDelay(Duration.ofSeconds(2))
            .withMaxRetries(-1) // tracelint-expect: UnboundedRetry
            .build();
    return Failsafe.with(forever).get(() -> ingest.send(payload));
  }

  public String sendWithTimeout(String payload) {
    Timeout<String> timeout = Timeout.of(Duration.ofSeconds(5));
    return Failsafe.with(profileFor(Criticality.NORMAL).<String>toPolicy(), timeout).get(() -> ingest.send(payload));
  }
}
