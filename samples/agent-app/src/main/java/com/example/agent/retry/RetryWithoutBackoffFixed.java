package com.example.agent.retry;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The same LLM gateway waiting between attempts, with a delay that doubles on each failure so an overloaded endpoint
 * gets room to recover.
 */
public class RetryWithoutBackoffFixed {
  private static final Logger log = LoggerFactory.getLogger(RetryWithoutBackoffFixed.class);

  /** Sends a prompt to the model; throws on any transport or HTTP failure. */
  interface ModelClient {
    String complete(String prompt) throws IOException;

    Mono<String> completeAsync(String prompt);
  }

  private final ModelClient client;

  public RetryWithoutBackoffFixed(ModelClient client) {
    this.client = client;
  }

  public String complete(String prompt) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        return client.complete(prompt);
      } catch (IOException e) {
        log.warn("completion attempt {} failed", attempt, e);
        last = e;
        Thread.sleep(250L << attempt);
      }
    }
    throw last;
  }

  public RetryConfig completionRetryConfig() {
    return RetryConfig.custom()
        .maxAttempts(3)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(250), 2.0))
        .build();
  }

  public Mono<String> completeAsync(String prompt) {
    return client.completeAsync(prompt)
        .retryWhen(Retry.backoff(3, Duration.ofMillis(250)));
  }
}
