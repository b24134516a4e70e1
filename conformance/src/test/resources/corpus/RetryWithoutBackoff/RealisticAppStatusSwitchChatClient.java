package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * A message-API client written with Java 17 idioms: the status decides with a switch, a Retry-After header or an
 * exponential pause spaces the next attempt; a timeout is retried after a pause too. The "overloaded" status (529)
 * answered at once in the last method is the burst the rule is for.
 */
public class RealisticAppStatusSwitchChatClient {
  private static final int MAX_ATTEMPTS = 5;

  sealed interface Outcome permits Done, Again {}

  record Done(String body) implements Outcome {}

  record Again(Duration delay) implements Outcome {}

  private final HttpClient http;
  private final URI messagesUri;

  public RealisticAppStatusSwitchChatClient(HttpClient http, URI messagesUri) {
    this.http = http;
    this.messagesUri = messagesUri;
  }

  public String send(String bodyJson) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(messagesUri)
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(bodyJson))
        .build();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Outcome outcome = switch (response.statusCode()) {
          case 200 -> new Done(response.body());
          case 429, 529 -> new Again(Duration.ofSeconds(
              response.headers().firstValueAsLong("retry-after").orElse(1L << attempt)));
          case 500, 502, 503 -> new Again(Duration.ofMillis(500L << attempt));
          default -> throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        };
        if (outcome instanceof Done done) {
          return done.body();
        }
        if (outcome instanceof Again again) {
          Thread.sleep(again.delay().toMillis());
        }
      } catch (HttpTimeoutException e) {
        Thread.sleep(Duration.ofMillis(250L << attempt).toMillis());
      }
    }
    throw new IOException("no answer after " + MAX_ATTEMPTS + " attempts");
  }

  public String sendImpatiently(String bodyJson) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(messagesUri).POST(HttpRequest.BodyPublishers.ofString(bodyJson)).build();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200 -> {
          return response.body();
        }
        case 529 -> {
          continue;
        }
        default -> throw new IOException("HTTP " + response.statusCode());
      }
    }
    throw new IOException("still overloaded");
  }
}
