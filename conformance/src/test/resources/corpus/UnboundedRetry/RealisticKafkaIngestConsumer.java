package corpus.unboundedretry;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Consumes trace events from Kafka and writes them to the trace store. */
public class RealisticKafkaIngestConsumer implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(RealisticKafkaIngestConsumer.class);

  static class StoreUnavailableException extends RuntimeException {
    StoreUnavailableException(String message) {
      super(message);
    }
  }

  interface TraceStore {
    void write(String key, String value);
  }

  interface DeadLetters {
    void publish(ConsumerRecord<String, String> record, Exception cause);
  }

  private final KafkaConsumer<String, String> consumer;
  private final TraceStore store;
  private final DeadLetters deadLetters;
  private final AtomicBoolean running = new AtomicBoolean(true);

  RealisticKafkaIngestConsumer(KafkaConsumer<String, String> consumer, TraceStore store, DeadLetters deadLetters) {
    this.consumer = consumer;
    this.store = store;
    this.deadLetters = deadLetters;
  }

  @Override
  public void run() {
    while (running.get()) {
      ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
      for (ConsumerRecord<String, String> record : records) {
        writeWithRetry(record);
      }
      consumer.commitSync();
    }
  }

  void writeWithRetry(ConsumerRecord<String, String> record) {
    int attempts = 0;
    while (true) {
      try {
        store.write(record.key(), record.value());
        return;
      } catch (StoreUnavailableException e) {
        if (++attempts >= 5) {
          deadLetters.publish(record, e);
          return;
        }
        pauseBeforeRetry(attempts);
      }
    }
  }

  /** The audit topic must never be dropped, so its writes are retried. */
  void writeAuditRecord(ConsumerRecord<String, String> record) {
    int attempts = 0;
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        store.write("audit/" + record.key(), record.value());
        return;
      } catch (StoreUnavailableException e) {
        attempts++;
        log.error("audit write failed, attempt {}", attempts, e);
      }
    }
  }

  private static void pauseBeforeRetry(int attempts) {
    try {
      Thread.sleep(Math.min(200L << attempts, 10_000L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void shutdown() {
    running.set(false);
  }
}
