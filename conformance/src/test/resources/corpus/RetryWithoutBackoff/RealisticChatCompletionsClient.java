package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** An OpenAI-style chat completions client on the JDK HttpClient, the way service teams write one. */
public class RealisticChatCompletionsClient {
  private static final int MAX_RETRIES = 4;
  private static final long BASE_DELAY_MS = 500;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;
  private final String apiKey;

  public RealisticChatCompletionsClient(URI endpoint, String apiKey) {
    this.endpoint = endpoint;
    this.apiKey = apiKey;
  }

  private HttpRequest request(String body) {
    return HttpRequest.newBuilder(endpoint)
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Honours Retry-After on 429 and backs off with jitter on 5xx. */
  public String complete(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
      if (status == 429) {
        long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
        Thread.sleep(retryAfter * 1000);
        continue;
      }
      if (status >= 500) {
        Thread.sleep(backoffMillis(attempt));
        continue;
      }
      throw new IOException("chat completion failed with HTTP " + status);
    }
    throw new IOException("chat completion still failing after " + MAX_RETRIES + " retries");
  }

  /** Used by the streaming path: a 5xx is retried straight away. */
  public String completeForStream(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    HttpResponse<String> response = null;
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) { // tracelint-expect: RetryWithoutBackoff
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return response.body();
      }
      if (response.statusCode() == 502 || response.statusCode() == 503) {
        continue;
      }
      break;
    }
    int lastStatus = response == null ? -1 : response.statusCode();
    throw new IOException("stream setup failed with HTTP " + lastStatus);
  }

  /** Connection failures retried with capped exponential backoff. */
  public String completeOnFlakyNetwork(String body) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= MAX_RETRIES; attempt++) {
      try {
        return http.send(request(body), HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        last = e;
        sleepQuietly(backoffMillis(attempt));
      }
    }
    throw last;
  }

  private static long backoffMillis(int attempt) {
    long capped = Math.min(BASE_DELAY_MS << attempt, 20_000);
    return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
