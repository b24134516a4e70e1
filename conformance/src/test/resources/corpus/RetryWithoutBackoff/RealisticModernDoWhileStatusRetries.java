package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * do-while retries of a trace ingest endpoint: the pause comes from a record that computes jittered backoff, from a
 * same-file helper that sleeps, or only from a metric that records the backoff it never takes.
 */
public class RealisticModernDoWhileStatusRetries {
  record Backoff(Duration initial, Duration max) {
    long millisFor(int attempt) {
      return Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt, 20));
    }
  }

  interface Metrics {
    void recordBackoff(long millis);
  }

  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;
  private final URI ingest;
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
  private final Metrics metrics;

  public RealisticModernDoWhileStatusRetries(HttpClient http, URI ingest, Metrics metrics) {
    this.http = http;
    this.ingest = ingest;
    this.metrics = metrics;
  }

  private HttpRequest post(byte[] batch) {
    return HttpRequest.newBuilder(ingest).POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build();
  }

  public int send(byte[] batch) throws IOException, InterruptedException {
    HttpResponse<Void> response;
    int attempt = 0;
    do {
      if (attempt > 0) {
        Thread.sleep(backoff.millisFor(attempt));
      }
      response = http.send(post(batch), HttpResponse.BodyHandlers.discarding());
    } while (response.statusCode() >= 500 && ++attempt < MAX_ATTEMPTS);
    return response.statusCode();
  }

  public int sendPaced(byte[] batch) throws IOException, InterruptedException {
    HttpResponse<Void> response;
    int attempt = 0;
    do {
      response = http.send(post(batch), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() == 429) {
        pause(attempt);
      }
    } while (response.statusCode() == 429 && ++attempt < MAX_ATTEMPTS);
    return response.statusCode();
  }

  public int sendRecordingOnly(byte[] batch) throws IOException, InterruptedException {
    HttpResponse<Void> response;
    int attempt = 0;
    do { // tracelint-expect: RetryWithoutBackoff
      response = http.send(post(batch), HttpResponse.BodyHandlers.discarding());
      metrics.recordBackoff(backoff.millisFor(attempt));
    } while (response.statusCode() == 503 && ++attempt < MAX_ATTEMPTS);
    return response.statusCode();
  }

  private void pause(int attempt) throws InterruptedException {
    Thread.sleep(backoff.millisFor(attempt));
  }
}
