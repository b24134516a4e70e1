package corpus.unboundedretry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RetriableCommitFailedException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker that consumes agent tasks from Kafka: the poll loop runs until shutdown, a failed task is logged and
 * skipped, and the offset commit is retried a bounded number of times.
 */
public class RealisticAppKafkaConsumerLoop implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppKafkaConsumerLoop.class);
  private static final int COMMIT_ATTEMPTS = 3;

  interface TaskHandler {
    void handle(String key, String payload) throws Exception;
  }

  private final KafkaConsumer<String, String> consumer;
  private final TaskHandler handler;
  private final AtomicBoolean running = new AtomicBoolean(true);

  public RealisticAppKafkaConsumerLoop(KafkaConsumer<String, String> consumer, TaskHandler handler) {
    this.consumer = consumer;
    this.handler = handler;
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of("agent-tasks"));
      while (running.get()) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<String, String> record : records) {
          try {
            handler.handle(record.key(), record.value());
          } catch (Exception e) {
            log.error("task {} at offset {} failed; skipping", record.key(), record.offset(), e);
          }
        }
        commit();
      }
    } catch (WakeupException e) {
      if (running.get()) {
        throw e;
      }
    } finally {
      consumer.close();
    }
  }

  private void commit() {
    for (int attempt = 1; attempt <= COMMIT_ATTEMPTS; attempt++) {
      try {
        consumer.commitSync(Duration.ofSeconds(5));
        return;
      } catch (RetriableCommitFailedException e) {
        log.warn("commit attempt {} failed", attempt, e);
      }
    }
    log.error("giving up on commit after {} attempts; the batch will be redelivered", COMMIT_ATTEMPTS);
  }

  public void shutdown() {
    running.set(false);
    consumer.wakeup();
  }
}
