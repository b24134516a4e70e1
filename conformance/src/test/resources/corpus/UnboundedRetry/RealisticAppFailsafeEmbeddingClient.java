package corpus.unboundedretry;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddings client of a RAG indexer, retried with Failsafe: bounded by attempts, by total duration, or both, always
 * with backoff. One policy retries a connection refusal for as long as ten minutes allow.
 */
public class RealisticAppFailsafeEmbeddingClient {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppFailsafeEmbeddingClient.class);

  interface Embeddings {
    List<float[]> embed(List<String> texts) throws IOException;
  }

  private final Embeddings embeddings;
  private final RetryPolicy<List<float[]>> policy;
  private final RetryPolicy<List<float[]>> patientPolicy;

  public RealisticAppFailsafeEmbeddingClient(Embeddings embeddings) {
    this.embeddings = embeddings;
    this.policy = RetryPolicy.<List<float[]>>builder()
        .handle(IOException.class)
        .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .withJitter(0.2)
        .withMaxRetries(5)
        .onRetry(e -> log.warn("embedding retry #{}", e.getAttemptCount(), e.getLastException()))
        .build();
    this.patientPolicy = RetryPolicy.<List<float[]>>builder()
        .handle(ConnectException.class)
        .withDelay(Duration.ofSeconds(10))
        .withMaxRetries(-1)
        .withMaxDuration(Duration.ofMinutes(10))
        .build();
  }

  public List<float[]> embed(List<String> chunks) {
    Timeout<List<float[]>> perCall = Timeout.of(Duration.ofSeconds(20));
    return Failsafe.with(policy, perCall).get(() -> embeddings.embed(chunks));
  }

  public List<float[]> embedWhenIndexStarts(List<String> chunks) {
    return Failsafe.with(patientPolicy).get(() -> embeddings.embed(chunks));
  }

  public static RetryPolicy<Object> bulkIndexPolicy() {
    return RetryPolicy.builder()
        .withBackoff(1, 30, ChronoUnit.SECONDS)
        .withMaxAttempts(6)
        .build();
  }
}
