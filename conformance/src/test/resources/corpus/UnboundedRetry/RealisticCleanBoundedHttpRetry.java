package corpus.unboundedretry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** An exporter's HTTP post with a capped number of attempts and full-jitter exponential backoff. */
public class RealisticCleanBoundedHttpRetry {
  private static final int MAX_ATTEMPTS = 5;
  private static final long BASE_DELAY_MS = 200;
  private static final long MAX_DELAY_MS = 5_000;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;

  public RealisticCleanBoundedHttpRetry(URI endpoint) {
    this.endpoint = endpoint;
  }

  public int post(byte[] payload) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
        .build();
    IOException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status < 500 && status != 429) {
          return status;
        }
        last = new IOException("retryable status " + status);
      } catch (IOException e) {
        last = e;
      }
      if (attempt < MAX_ATTEMPTS) {
        Thread.sleep(delayFor(attempt));
      }
    }
    throw last;
  }

  public int postWithBudget(byte[] payload, Duration budget) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + budget.toNanos();
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        return client.send(HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        if (System.nanoTime() + delayFor(attempt) * 1_000_000L > deadline) {
          throw e;
        }
        Thread.sleep(delayFor(attempt));
      }
    }
  }

  static long delayFor(int attempt) {
    long capped = Math.min(MAX_DELAY_MS, BASE_DELAY_MS << Math.min(attempt, 10));
    return ThreadLocalRandom.current().nextLong(capped / 2, capped + 1);
  }
}
