package corpus.retrywithoutbackoff;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RetriableCommitFailedException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offset commit of a document-ingest consumer: commitSync already backs off between its own tries until its
 * timeout, so repeating it a few times needs no extra pause.
 */
public class RealisticAppKafkaCommitRetry {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppKafkaCommitRetry.class);
  private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaConsumer<String, byte[]> consumer;

  public RealisticAppKafkaCommitRetry(KafkaConsumer<String, byte[]> consumer) {
    this.consumer = consumer;
  }

  public boolean commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        consumer.commitSync(offsets, COMMIT_TIMEOUT);
        return true;
      } catch (RetriableCommitFailedException | TimeoutException e) {
        log.warn("commit of {} partitions failed (attempt {})", offsets.size(), attempt, e);
      }
    }
    return false;
  }

  public void commitAll() {
    int attempt = 0;
    while (attempt < 3) {
      attempt++;
      try {
        consumer.commitSync();
        return;
      } catch (RetriableCommitFailedException e) {
        log.warn("commit failed (attempt {})", attempt, e);
      }
    }
  }
}
