package corpus.retrywithoutbackoff;

import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handlers of the asynchronous ingestion listeners of a RAG indexer (spring-kafka): failed records are
 * redelivered with an exponential or fixed backoff and a bounded number of attempts, then sent to recovery.
 */
public class RealisticAsyncKafkaErrorHandlers {
  public DefaultErrorHandler embeddingErrorHandler() {
    ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(4);
    backOff.setInitialInterval(1_000L);
    backOff.setMultiplier(2.0);
    backOff.setMaxInterval(20_000L);
    return new DefaultErrorHandler(backOff);
  }

  public DefaultErrorHandler chunkingErrorHandler() {
    return new DefaultErrorHandler(new FixedBackOff(2_000L, 3L));
  }

  public DefaultErrorHandler poisonPillHandler() {
    DefaultErrorHandler handler = new DefaultErrorHandler(new FixedBackOff(500L, 2L));
    handler.addNotRetryableExceptions(IllegalArgumentException.class);
    return handler;
  }
}
