package corpus.retrywithoutbackoff;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.support.RetryTemplate;

/**
 * Retry templates of a Spring Boot agent backend, one bean per downstream: the model gateway and the vector store back
 * off; the template for the guardrail service was built without a backoff, so its three attempts come back to back.
 */
@Configuration
public class RealisticAppSpringRetryTemplateBean {
  @Bean
  public RetryTemplate modelGatewayRetry() {
    return RetryTemplate.builder()
        .maxAttempts(4)
        .exponentialBackoff(300, 2.0, 5_000)
        .retryOn(IOException.class)
        .build();
  }

  @Bean
  public RetryTemplate vectorStoreRetry() {
    return RetryTemplate.builder()
        .maxAttempts(3)
        .fixedBackoff(1_000)
        .build();
  }

  @Bean
  public RetryTemplate guardrailRetry() {
    return RetryTemplate.builder() // tracelint-expect: RetryWithoutBackoff
        .maxAttempts(3)
        .retryOn(IOException.class)
        .build();
  }

  @Bean
  public RetryTemplate rerankerRetry() {
    return RetryTemplate.builder()
        .maxAttempts(3)
        .uniformRandomBackoff(500, 1_500)
        .retryOn(IOException.class)
        .build();
  }
}
