package corpus.retrywithoutbackoff;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;

/** Publishes trace events to Kafka synchronously, with the retries teams add around the producer. */
public class RealisticTraceEventProducer {
  private static final int MAX_ATTEMPTS = 3;

  private final Producer<String, String> producer;

  RealisticTraceEventProducer(Producer<String, String> producer) {
    this.producer = producer;
  }

  /** Retriable broker errors are retried, at once. */
  public RecordMetadata publish(String topic, String key, String event) throws ExecutionException, InterruptedException {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event);
    ExecutionException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return producer.send(record).get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException)) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  /** Each attempt waits up to five seconds for the broker before the timeout is caught. */
  public RecordMetadata publishWithTimeout(String topic, String key, String event)
      throws ExecutionException, InterruptedException, TimeoutException {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event);
    TimeoutException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        return producer.send(record).get(5, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        last = e;
      }
    }
    throw last;
  }

  /** Retriable errors get a growing pause. */
  public RecordMetadata publishPaced(String topic, String key, String event)
      throws ExecutionException, InterruptedException {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event);
    for (int attempt = 1; ; attempt++) {
      try {
        return producer.send(record).get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException) || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        TimeUnit.MILLISECONDS.sleep(100L * attempt);
      }
    }
  }
}
