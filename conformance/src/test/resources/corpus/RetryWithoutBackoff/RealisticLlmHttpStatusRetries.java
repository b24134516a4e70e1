package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

/** Status-code driven retries around an LLM HTTP API, in the shapes provider SDK wrappers use. */
public class RealisticLlmHttpStatusRetries {
  private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);
  private static final int MAX_ATTEMPTS = 3;

  private final HttpClient http;
  private final URI messagesUri;

  RealisticLlmHttpStatusRetries(HttpClient http, URI messagesUri) {
    this.http = http;
    this.messagesUri = messagesUri;
  }

  private HttpRequest request(String body) {
    return HttpRequest.newBuilder(messagesUri).POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /** A switch on the status: overloaded and rate-limited answers go round again at once. */
  public String createMessage(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200:
          return response.body();
        case 429:
        case 529:
          continue;
        default:
          throw new IOException("messages API answered " + response.statusCode());
      }
    }
    throw new IOException("messages API still overloaded after " + MAX_ATTEMPTS + " attempts");
  }

  /** The same switch, pausing before the next attempt. */
  public String createMessagePaced(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200:
          return response.body();
        case 429:
        case 529:
          Thread.sleep(1_000L << attempt);
          continue;
        default:
          throw new IOException("messages API answered " + response.statusCode());
      }
    }
    throw new IOException("messages API still overloaded after " + MAX_ATTEMPTS + " attempts");
  }

  /** Terse: send again while the service says it is unavailable. */
  public String countTokens(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    HttpResponse<String> response;
    do { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } while (response.statusCode() == 503);
    return response.body();
  }

  /**
   * The attempt number travels in a header; it is still the same request, sent again at once. Not reported: a value
   * built from a counter and read by the call reads as a new candidate (UnboundedRetry.md, Known limits).
   */
  public String createWithAttemptHeader(String body) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpRequest request = HttpRequest.newBuilder(messagesUri)
          .header("x-stainless-retry-count", String.valueOf(attempt - 1))
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  /** The retryable set decides, and a pause follows. */
  public String createChecked(String body) throws IOException, InterruptedException {
    HttpRequest request = request(body);
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status / 100 == 2) {
        return response.body();
      }
      if (!RETRYABLE.contains(status) || attempt + 1 >= MAX_ATTEMPTS) {
        throw new IOException("messages API answered " + status);
      }
      Thread.sleep(500L * (attempt + 1));
    }
  }
}
