package corpus.fullsecretlogged;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Client-credentials flow against an identity provider, then a model call with the token. */
public class RealisticOAuthTokenClient {
  private static final Logger log = LoggerFactory.getLogger(RealisticOAuthTokenClient.class);

  private final HttpClient http = HttpClient.newHttpClient();
  private final String tokenUrl;
  private final String chatUrl;

  RealisticOAuthTokenClient(String issuer, String chatUrl) {
    this.tokenUrl = issuer + "/oauth2/token";
    this.chatUrl = chatUrl;
  }

  public String fetchToken(String clientId, String clientSecret) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + clientSecret))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    log.debug("token endpoint answered {} ({} bytes)", response.statusCode(), response.body().length());
    if (response.statusCode() != 200) {
      log.warn("token request for {} failed: {} {}", clientId, response.statusCode(), response.body()); // tracelint-expect: FullSecretLogged
      throw new IOException("token request failed: " + response.statusCode());
    }
    return response.body();
  }

  public String chat(String accessToken, String payload) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(chatUrl))
        .header("Authorization", "Bearer " + accessToken)
        .POST(HttpRequest.BodyPublishers.ofString(payload))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    log.debug("chat completion answered {}: {}", response.statusCode(), response.body());
    return response.body();
  }
}
