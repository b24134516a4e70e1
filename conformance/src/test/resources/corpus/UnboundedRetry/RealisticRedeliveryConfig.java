package corpus.unboundedretry;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Redelivery for the ingest listeners (Spring Kafka) and a hand-rolled queue consumer. */
public class RealisticRedeliveryConfig {
  private static final Logger log = LoggerFactory.getLogger(RealisticRedeliveryConfig.class);

  interface Delivery {
    long tag();

    byte[] body();
  }

  interface Channel {
    Delivery nextDelivery() throws InterruptedException;

    void basicAck(long tag) throws IOException;

    void basicNack(long tag, boolean requeue) throws IOException;
  }

  interface Handler {
    void handle(byte[] body) throws IOException;
  }

  @Bean
  DefaultErrorHandler spanIngestErrorHandler(KafkaTemplate<Object, Object> template) {
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), new FixedBackOff(1_000L, 5L));
  }

  @Bean
  DefaultErrorHandler metricsIngestErrorHandler(KafkaTemplate<Object, Object> template) {
    ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
    backOff.setMaxElapsedTime(60_000L);
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
  }

  @Bean
  DefaultErrorHandler auditIngestErrorHandler(KafkaTemplate<Object, Object> template) {
    ExponentialBackOff backOff = new ExponentialBackOff(); // tracelint-expect: UnboundedRetry
    backOff.setMaxInterval(30_000L);
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
  }

  /** Manual consumer: a failed delivery is nacked and the loop moves to the next one. */
  void consume(Channel channel, Handler handler) throws InterruptedException, IOException {
    while (true) {
      Delivery delivery = channel.nextDelivery();
      try {
        handler.handle(delivery.body());
        channel.basicAck(delivery.tag());
      } catch (IOException e) {
        log.warn("handler failed, requeueing {}", delivery.tag(), e);
        channel.basicNack(delivery.tag(), true);
      }
    }
  }

  /** Acknowledgement must reach the broker: retried on the same delivery until it does. */
  void ackUntilAccepted(Channel channel, long tag) {
    boolean acked = false;
    while (!acked) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        channel.basicAck(tag);
        acked = true;
      } catch (IOException e) {
        log.debug("ack of {} failed: {}", tag, e.getMessage());
      }
    }
  }
}
