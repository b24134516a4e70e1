package corpus.retrywithoutbackoff;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;

/** An LLM gateway that measures how long it "waits" between attempts. */
public class RealisticIssue10RecordedRetryDelays {
  interface CompletionApi {
    String complete(String prompt) throws IOException;
  }

  static final class RetryMetrics {
    private final MeterRegistry registry;

    RetryMetrics(MeterRegistry registry) {
      this.registry = registry;
    }

    void recordRetryDelay(Duration delay) {
      registry.timer("llm.retry.delay").record(delay);
    }
  }

  interface Backoff {
    void pauseBefore(int attempt) throws InterruptedException;
  }

  private final CompletionApi api;
  private final RetryMetrics metrics;
  private final Backoff backoff;

  RealisticIssue10RecordedRetryDelays(CompletionApi api, RetryMetrics metrics, Backoff backoff) {
    this.api = api;
    this.metrics = metrics;
    this.backoff = backoff;
  }

  public String complete(String prompt) throws IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= 4; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return api.complete(prompt);
      } catch (IOException e) {
        last = e;
        metrics.recordRetryDelay(Duration.ofMillis(250L * attempt));
      }
    }
    throw last;
  }

  public String completePaced(String prompt) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= 4; attempt++) {
      try {
        return api.complete(prompt);
      } catch (IOException e) {
        last = e;
        Duration delay = Duration.ofMillis(250L * attempt);
        metrics.recordRetryDelay(delay);
        Thread.sleep(delay.toMillis());
      }
    }
    throw last;
  }

  public String completeWithBackoff(String prompt) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= 4; attempt++) {
      try {
        return api.complete(prompt);
      } catch (IOException e) {
        last = e;
        backoff.pauseBefore(attempt);
      }
    }
    throw last;
  }
}
