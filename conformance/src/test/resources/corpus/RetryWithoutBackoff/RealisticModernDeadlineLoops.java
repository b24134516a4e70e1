package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDK HttpClient talking to an evaluation service: retries by status use a switch expression to read the
 * Retry-After pause, deadlines use Instant, and one loop hammers the server on 503 with no pause at all.
 */
public class RealisticModernDeadlineLoops {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernDeadlineLoops.class);
  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http;
  private final URI endpoint;

  public RealisticModernDeadlineLoops(HttpClient http, URI endpoint) {
    this.http = http;
    this.endpoint = endpoint;
  }

  private HttpRequest request(String body) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(20))
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  public String evaluate(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long pauseMillis =
          switch (response.statusCode()) {
            case 200, 201 -> -1;
            case 429 -> response.headers().firstValue("retry-after").map(Long::parseLong).orElse(1L) * 1000;
            case 500, 502, 503, 504 -> 250L << attempt;
            default -> throw new IOException("evaluation failed with " + response.statusCode());
          };
      if (pauseMillis < 0) {
        return response.body();
      }
      log.info("attempt {} got {}, pausing {} ms", attempt, response.statusCode(), pauseMillis);
      Thread.sleep(pauseMillis);
    }
    throw new IOException("evaluation unavailable after " + MAX_ATTEMPTS + " attempts");
  }

  public String evaluateBefore(String body, Instant deadline) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    IOException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        last = e;
        Thread.sleep(500);
      }
    }
    throw last != null ? last : new IOException("deadline passed before the first attempt");
  }

  public String evaluateHammering(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 503) {
        log.warn("service unavailable, attempt {}", attempt);
        continue;
      }
      return response.body();
    }
    throw new IOException("unavailable");
  }
}
