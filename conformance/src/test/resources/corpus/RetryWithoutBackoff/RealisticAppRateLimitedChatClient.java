package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A chat-completions client over the JDK's HttpClient that retries on 429 and 503. The first method honours
 * Retry-After; the second answers an overloaded provider with the same request at once.
 */
public class RealisticAppRateLimitedChatClient {
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;
  private final URI endpoint;

  public RealisticAppRateLimitedChatClient(HttpClient http, URI endpoint) {
    this.http = http;
    this.endpoint = endpoint;
  }

  public String complete(String bodyJson) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(bodyJson))
        .build();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429 || response.statusCode() == 503) {
        long retryAfterSeconds = response.headers().firstValueAsLong("Retry-After").orElse(1L << attempt);
        Thread.sleep(Duration.ofSeconds(retryAfterSeconds).toMillis());
        continue;
      }
      if (response.statusCode() != 200) {
        throw new IOException("chat completion failed: HTTP " + response.statusCode());
      }
      return response.body();
    }
    throw new IOException("still rate limited after " + MAX_ATTEMPTS + " attempts");
  }

  public String completeHastily(String bodyJson) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(bodyJson))
        .build();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 503) {
        continue;
      }
      return response.body();
    }
    throw new IOException("provider overloaded");
  }
}
