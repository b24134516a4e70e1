package com.example.agent.retry;

import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The same trace shipper with every retry bounded: a fixed number of attempts with backoff, then the failure is
 * reported instead of retried forever.
 */
public class UnboundedRetryFixed {
  private static final Logger log = LoggerFactory.getLogger(UnboundedRetryFixed.class);
  private static final int MAX_ATTEMPTS = 5;

  /** Posts a batch of spans to the ingest endpoint; throws on any transport or HTTP failure. */
  interface IngestClient {
    void post(List<String> spans) throws IOException;

    Mono<String> register(String agentId);
  }

  private final IngestClient client;

  public UnboundedRetryFixed(IngestClient client) {
    this.client = client;
  }

  public void exportBatch(List<String> spans) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        client.post(spans);
        return;
      } catch (IOException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new UncheckedIOException("trace export failed after " + attempt + " attempts", e);
        }
        log.warn("trace export failed, retrying", e);
        Thread.sleep(200L << attempt);
      }
    }
  }

  public RetryConfig ingestRetryConfig() {
    return RetryConfig.custom()
        .maxAttempts(MAX_ATTEMPTS)
        .retryExceptions(IOException.class)
        .build();
  }

  public Mono<String> registerAgent(String agentId) {
    return client.register(agentId)
        .retryWhen(Retry.backoff(MAX_ATTEMPTS, Duration.ofMillis(200)));
  }

  public void flushOnShutdown(List<String> spans) throws InterruptedException {
    flushOnShutdown(spans, MAX_ATTEMPTS);
  }

  private void flushOnShutdown(List<String> spans, int attemptsLeft) throws InterruptedException {
    try {
      client.post(spans);
    } catch (IOException e) {
      if (attemptsLeft <= 1) {
        log.error("final flush failed, dropping {} spans", spans.size(), e);
        return;
      }
      Thread.sleep(1_000);
      flushOnShutdown(spans, attemptsLeft - 1);
    }
  }
}
