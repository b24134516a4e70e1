package corpus.unboundedretry;

import java.time.Duration;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A trace-event consumer: poll loop until shut down, bounded commit retries, plugins loaded past broken ones. */
public class RealisticCleanKafkaCommitLoop {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanKafkaCommitLoop.class);

  interface Handler {
    void handle(String value);
  }

  private final Consumer<String, String> consumer;
  private final Handler handler;
  private final AtomicBoolean closed = new AtomicBoolean();

  RealisticCleanKafkaCommitLoop(Consumer<String, String> consumer, Handler handler) {
    this.consumer = consumer;
    this.handler = handler;
  }

  public void run() {
    try {
      while (!closed.get()) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<String, String> record : records) {
          try {
            handler.handle(record.value());
          } catch (RuntimeException e) {
            log.error("skipping record at offset {}", record.offset(), e);
          }
        }
        commit(consumer.position(new TopicPartition("traces", 0)));
      }
    } catch (WakeupException e) {
      if (!closed.get()) {
        throw e;
      }
    } finally {
      consumer.close();
    }
  }

  private void commit(long position) {
    Map<TopicPartition, OffsetAndMetadata> offsets = Map.of(new TopicPartition("traces", 0), new OffsetAndMetadata(position));
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        consumer.commitSync(offsets, Duration.ofSeconds(5));
        return;
      } catch (RetriableException e) {
        log.warn("commit attempt {} failed", attempt, e);
      }
    }
    log.error("giving up committing offset {}", position);
  }

  public void shutdown() {
    closed.set(true);
    consumer.wakeup();
  }

  public static <T> int loadPlugins(Class<T> type) {
    int loaded = 0;
    Iterator<T> plugins = ServiceLoader.load(type).iterator();
    while (true) {
      try {
        if (!plugins.hasNext()) {
          return loaded;
        }
        plugins.next();
        loaded++;
      } catch (ServiceConfigurationError e) {
        log.warn("skipping broken plugin", e);
      }
    }
  }
}
