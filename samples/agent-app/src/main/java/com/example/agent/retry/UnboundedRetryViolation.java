package com.example.agent.retry;

import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * An agent's trace shipper whose retries never give up: a wrong ingest URL or a revoked key keeps the worker busy
 * forever and floods the collector when it comes back.
 */
public class UnboundedRetryViolation {
  private static final Logger log = LoggerFactory.getLogger(UnboundedRetryViolation.class);

  /** Posts a batch of spans to the ingest endpoint; throws on any transport or HTTP failure. */
  interface IngestClient {
    void post(List<String> spans) throws IOException;

    Mono<String> register(String agentId);
  }

  private final IngestClient client;

  public UnboundedRetryViolation(IngestClient client) {
    this.client = client;
  }

  public void exportBatch(List<String> spans) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        client.post(spans);
        return;
      } catch (IOException e) {
        log.warn("trace export failed, retrying", e);
        Thread.sleep(2_000);
      }
    }
  }

  public RetryConfig ingestRetryConfig() {
    return RetryConfig.custom()
        .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry
        .retryExceptions(IOException.class)
        .build();
  }

  public Mono<String> registerAgent(String agentId) {
    return client.register(agentId)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))); // tracelint-expect: UnboundedRetry
  }

  public void flushOnShutdown(List<String> spans) throws InterruptedException {
    try {
      client.post(spans);
    } catch (IOException e) {
      log.warn("final flush failed, retrying", e);
      Thread.sleep(1_000);
      flushOnShutdown(spans); // tracelint-expect: UnboundedRetry
    }
  }
}
