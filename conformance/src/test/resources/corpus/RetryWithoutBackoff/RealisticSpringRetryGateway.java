package corpus.retrywithoutbackoff;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.retry.support.RetryTemplate;

/** A Spring service calling an LLM gateway, retried with Spring Retry. */
public class RealisticSpringRetryGateway {
  interface GatewayClient {
    String post(String path, String body) throws IOException;
  }

  private final GatewayClient gateway;

  RealisticSpringRetryGateway(GatewayClient gateway) {
    this.gateway = gateway;
  }

  @Retryable(retryFor = IOException.class, maxAttempts = 4, backoff = @Backoff(delay = 500, multiplier = 2.0, maxDelay = 8000))
  public String embed(String text) throws IOException {
    return gateway.post("/v1/embeddings", text);
  }

  @Retryable(retryFor = IOException.class, maxAttempts = 3)
  public String moderate(String text) throws IOException {
    return gateway.post("/v1/moderations", text);
  }

  @Retryable(retryFor = IOException.class, maxAttempts = Integer.MAX_VALUE, backoff = @Backoff(delay = 2000)) // tracelint-expect: UnboundedRetry
  public String registerWebhook(String url) throws IOException {
    return gateway.post("/v1/webhooks", url);
  }

  @Retryable(retryFor = IOException.class, maxAttempts = 5, backoff = @Backoff(0)) // tracelint-expect: RetryWithoutBackoff
  public String tokenize(String text) throws IOException {
    return gateway.post("/v1/tokenize", text);
  }

  @Recover
  public String recover(IOException e, String text) {
    return "";
  }

  @Configuration
  static class RetryConfiguration {
    @Bean
    RetryTemplate gatewayRetryTemplate() {
      return RetryTemplate.builder()
          .maxAttempts(5)
          .exponentialBackoff(200, 2.0, 10_000)
          .retryOn(IOException.class)
          .build();
    }

    @Bean
    RetryTemplate indexRetryTemplate() {
      return RetryTemplate.builder() // tracelint-expect: RetryWithoutBackoff
          .maxAttempts(4)
          .retryOn(IOException.class)
          .traversingCauses()
          .build();
    }

    @Bean
    RetryTemplate webhookRetryTemplate() {
      return RetryTemplate.builder()
          .withTimeout(60_000)
          .fixedBackoff(1_000)
          .retryOn(IOException.class)
          .build();
    }
  }
}
