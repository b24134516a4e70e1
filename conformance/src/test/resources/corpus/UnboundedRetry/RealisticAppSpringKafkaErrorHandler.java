package corpus.unboundedretry;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handlers of a Kafka listener that feeds documents to an embedding pipeline: a bounded fixed backoff, a bounded
 * exponential one, one bounded by elapsed time, and one whose exponential backoff was left at its unlimited default.
 */
public class RealisticAppSpringKafkaErrorHandler {
  private final KafkaTemplate<String, String> template;

  public RealisticAppSpringKafkaErrorHandler(KafkaTemplate<String, String> template) {
    this.template = template;
  }

  public DefaultErrorHandler fixed() {
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
        (record, ex) -> new TopicPartition(record.topic() + ".DLT", record.partition()));
    return new DefaultErrorHandler(recoverer, new FixedBackOff(1_000L, 3L));
  }

  public DefaultErrorHandler exponentialWithRetries() {
    ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(6);
    backOff.setInitialInterval(1_000L);
    backOff.setMultiplier(2.0);
    backOff.setMaxInterval(10_000L);
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
  }

  public DefaultErrorHandler exponentialWithinFiveMinutes() {
    ExponentialBackOff backOff = new ExponentialBackOff(1_000L, 2.0);
    backOff.setMaxInterval(30_000L);
    backOff.setMaxElapsedTime(300_000L);
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
  }

  public DefaultErrorHandler exponentialLeftUnbounded() {
    ExponentialBackOff backOff = new ExponentialBackOff(1_000L, 2.0); // tracelint-expect: UnboundedRetry
    backOff.setMaxInterval(30_000L);
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
  }
}
