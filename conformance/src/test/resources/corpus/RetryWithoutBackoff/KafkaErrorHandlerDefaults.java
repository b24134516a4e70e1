package corpus.retrywithoutbackoff;

import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handlers of the listeners that index trace events (spring-kafka 4.0.8): built without a BackOff, a
 * DefaultErrorHandler or DefaultAfterRollbackProcessor falls back to SeekUtils.DEFAULT_BACK_OFF, a FixedBackOff(0, 9):
 * the failed record is delivered ten times in a row with no wait. Given a BackOff, or a function that picks one,
 * it waits as told.
 */
class KafkaErrorHandlerDefaults {
  @Bean
  DefaultErrorHandler flagsAHandlerPublishedWithTheDefaultBackOff(KafkaTemplate<String, String> template) {
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template)); // tracelint-expect: RetryWithoutBackoff
  }

  void flagsAHandlerGivenToTheFactory(ConcurrentKafkaListenerContainerFactory<String, String> factory) {
    factory.setCommonErrorHandler(new DefaultErrorHandler()); // tracelint-expect: RetryWithoutBackoff
  }

  void flagsAHandlerWithARecovererLambda(ConcurrentKafkaListenerContainerFactory<String, String> factory) {
    factory.setCommonErrorHandler(new DefaultErrorHandler((record, failure) -> { })); // tracelint-expect: RetryWithoutBackoff
  }

  @Bean
  DefaultErrorHandler flagsAHandlerKeptInALocal(ConsumerRecordRecoverer deadLetters) {
    DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters); // tracelint-expect: RetryWithoutBackoff
    handler.addNotRetryableExceptions(IllegalArgumentException.class);
    return handler;
  }

  void flagsARollbackProcessorWithTheDefaultBackOff(ConcurrentKafkaListenerContainerFactory<String, String> factory) {
    factory.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>()); // tracelint-expect: RetryWithoutBackoff
  }

  @Bean
  DefaultErrorHandler acceptsAHandlerGivenAFixedBackOff(ConsumerRecordRecoverer deadLetters) {
    return new DefaultErrorHandler(deadLetters, new FixedBackOff(1_000L, 4L));
  }

  void acceptsAHandlerGivenOnlyABackOff(ConcurrentKafkaListenerContainerFactory<String, String> factory) {
    ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
    backOff.setMaxElapsedTime(30_000L);
    factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
  }

  @Bean
  DefaultErrorHandler acceptsAHandlerThatPicksItsBackOff(ConsumerRecordRecoverer deadLetters) {
    DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters);
    handler.setBackOffFunction((record, failure) -> new FixedBackOff(2_000L, 3L));
    return handler;
  }

  void acceptsAHandlerGivenABackOffLambda(ConcurrentKafkaListenerContainerFactory<String, String> factory) {
    factory.setCommonErrorHandler(new DefaultErrorHandler(() -> () -> 1_500L));
  }

  DefaultErrorHandler acceptsAHandlerReturnedToBeConfiguredByTheCaller(ConsumerRecordRecoverer deadLetters) {
    return new DefaultErrorHandler(deadLetters);
  }

  void acceptsARollbackProcessorWithAnInterval(ConcurrentKafkaListenerContainerFactory<String, String> factory) {
    factory.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>(new FixedBackOff(1_000L, 2L)));
  }
}
