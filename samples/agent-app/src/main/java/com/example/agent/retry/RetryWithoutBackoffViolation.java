package com.example.agent.retry;

import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * An agent's LLM gateway that retries at once: a collector or model endpoint answering 503 because it is overloaded
 * gets the same request again within microseconds, from every worker at the same time.
 */
public class RetryWithoutBackoffViolation {
  private static final Logger log = LoggerFactory.getLogger(RetryWithoutBackoffViolation.class);

  /** Sends a prompt to the model; throws on any transport or HTTP failure. */
  interface ModelClient {
    String complete(String prompt) throws IOException;

    Mono<String> completeAsync(String prompt);
  }

  private final ModelClient client;

  public RetryWithoutBackoffViolation(ModelClient client) {
    this.client = client;
  }

  public String complete(String prompt) throws IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.complete(prompt);
      } catch (IOException e) {
        log.warn("completion attempt {} failed", attempt, e);
        last = e;
      }
    }
    throw last;
  }

  public RetryConfig completionRetryConfig() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .waitDuration(Duration.ZERO) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  public Mono<String> completeAsync(String prompt) {
    return client.completeAsync(prompt)
        .retry(3); // tracelint-expect: RetryWithoutBackoff
  }
}
