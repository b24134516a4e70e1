package corpus.retrywithoutbackoff;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

/**
 * spring-retry's {@code RetryTemplate} without a backoff policy (docs/rules/RetryWithoutBackoff.md, "Builder
 * defaults"): {@code RetryTemplate.builder()...build()}, {@code new RetryTemplate()} and
 * {@code RetryTemplate.defaultInstance()} fall back to a {@code NoBackOffPolicy}, so their three attempts come one
 * right after the other. A template given a backoff, or one passed on or stored before it is used (it may be
 * configured elsewhere), is not reported.
 */
@Configuration
class SpringRetryTemplateDefaults {
  interface Collector {
    String export(String batch) throws IOException;
  }

  private Collector collector;
  private RetryTemplate shared;

  @Bean
  RetryTemplate flagsBuilderWithoutABackoff() {
    return RetryTemplate.builder() // tracelint-expect: RetryWithoutBackoff
        .maxAttempts(5)
        .retryOn(IOException.class)
        .build();
  }

  String flagsBuilderKeptInAVariable(String batch) throws IOException {
    var builder = RetryTemplate.builder(); // tracelint-expect: RetryWithoutBackoff
    builder.maxAttempts(3);
    RetryTemplate template = builder.build();
    return template.execute(context -> collector.export(batch));
  }

  String flagsNewTemplateExecutedWithItsDefault(String batch) throws IOException {
    RetryTemplate template = new RetryTemplate(); // tracelint-expect: RetryWithoutBackoff
    template.setRetryPolicy(new SimpleRetryPolicy(4));
    return template.execute(context -> collector.export(batch));
  }

  @Bean
  RetryTemplate flagsNewTemplatePublishedAsABean() {
    RetryTemplate template = new RetryTemplate(); // tracelint-expect: RetryWithoutBackoff
    template.setRetryPolicy(new SimpleRetryPolicy(4));
    return template;
  }

  String flagsDefaultInstance(String batch) throws IOException {
    return RetryTemplate.defaultInstance().execute(context -> collector.export(batch)); // tracelint-expect: RetryWithoutBackoff
  }

  @Bean
  RetryTemplate acceptsBuilderWithAnExponentialBackoff() {
    return RetryTemplate.builder()
        .maxAttempts(5)
        .exponentialBackoff(200, 2.0, 10_000)
        .retryOn(IOException.class)
        .build();
  }

  @Bean
  RetryTemplate acceptsBuilderWithAFixedBackoff() {
    return RetryTemplate.builder().maxAttempts(3).fixedBackoff(1_000).build();
  }

  @Bean
  RetryTemplate acceptsNewTemplateGivenABackoffPolicy() {
    RetryTemplate template = new RetryTemplate();
    ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
    backOff.setInitialInterval(500);
    template.setBackOffPolicy(backOff);
    return template;
  }

  RetryTemplate acceptsNewTemplateReturnedFromAPlainMethod() {
    RetryTemplate template = new RetryTemplate();
    template.setRetryPolicy(new SimpleRetryPolicy(2));
    return template;
  }

  void acceptsNewTemplateStoredForConfigurationElsewhere() {
    RetryTemplate template = new RetryTemplate();
    shared = template;
  }

  String acceptsTemplateExecutedAfterASetterOnAnyPath(String batch, boolean slowCollector) throws IOException {
    RetryTemplate template = new RetryTemplate();
    if (slowCollector) {
      template.setBackOffPolicy(new ExponentialBackOffPolicy());
    }
    return template.execute(context -> collector.export(batch));
  }
}
