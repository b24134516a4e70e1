package corpus.unboundedretry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** HTTP 429/503 handling that honours Retry-After, with an attempt cap. */
public class RealisticCleanStatusCheckedRetry {
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;

  RealisticCleanStatusCheckedRetry(HttpClient http) {
    this.http = http;
  }

  public String get(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status != 429 && status != 503) {
        return response.body();
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new IOException("still throttled after " + attempt + " attempts");
      }
      Thread.sleep(retryAfterMillis(response.headers().firstValue("Retry-After"), attempt));
    }
  }

  static long retryAfterMillis(Optional<String> header, int attempt) {
    try {
      return header.map(value -> Long.parseLong(value) * 1_000).orElse(500L << attempt);
    } catch (NumberFormatException e) {
      return 500L << attempt;
    }
  }

  public String fetchPageRecursively(URI uri, int attemptsLeft) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 503 && attemptsLeft > 0) {
      Thread.sleep(1_000);
      return fetchPageRecursively(uri, attemptsLeft - 1);
    }
    return response.body();
  }
}
