package corpus.retrywithoutbackoff;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RetriableCommitFailedException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * Self-paced calls (docs/rules/RetryWithoutBackoff.md, "What counts as a wait", kind 1): Kafka's
 * {@code Consumer#commitSync} retries retriable failures inside, sleeping the client's {@code retry.backoff.ms}
 * between tries, until its timeout; a retry of it follows a paced attempt. Calls of the same clients that fail without
 * pacing themselves ({@code producer.send(..).get()}) are still retries without
 * a wait.
 */
class SelfPacedCalls {
  private Consumer<String, String> consumer;
  private KafkaConsumer<String, String> kafkaConsumer;
  private Producer<String, String> producer;
  private Duration commitTimeout = Duration.ofSeconds(10);
  private int commitRetries = 3;

  void acceptsRecursiveRetryOfACommitGivenATimeout(Map<TopicPartition, OffsetAndMetadata> offsets, int retries) {
    try {
      consumer.commitSync(offsets, commitTimeout);
    } catch (RetriableCommitFailedException e) {
      if (retries >= commitRetries) {
        throw e;
      }
      acceptsRecursiveRetryOfACommitGivenATimeout(offsets, retries + 1);
    }
  }

  void acceptsLoopRetryOfACommitWithTheDefaultTimeout(Map<TopicPartition, OffsetAndMetadata> offsets) {
    for (int attempt = 1; ; attempt++) {
      try {
        kafkaConsumer.commitSync(offsets);
        return;
      } catch (RetriableCommitFailedException e) {
        if (attempt == commitRetries) {
          throw e;
        }
      }
    }
  }

  void acceptsLoopRetryOfACommitOfEverythingConsumed() {
    int attempts = 0;
    while (true) {
      try {
        consumer.commitSync();
        return;
      } catch (KafkaException e) {
        if (++attempts > commitRetries) {
          throw e;
        }
      }
    }
  }

  void flagsRetryOfASendThatWaitsWithoutATimeout(ProducerRecord<String, String> record)
      throws InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        producer.send(record).get();
        return;
      } catch (ExecutionException e) {
        System.err.println("send failed, trying again");
      }
    }
  }

  void flagsRecursiveRetryOfASendBeforeTheCommit(ProducerRecord<String, String> record, int retries)
      throws InterruptedException {
    try {
      producer.send(record).get();
    } catch (ExecutionException e) {
      if (retries < commitRetries) {
        flagsRecursiveRetryOfASendBeforeTheCommit(record, retries + 1); // tracelint-expect: RetryWithoutBackoff
      }
    }
  }
}
