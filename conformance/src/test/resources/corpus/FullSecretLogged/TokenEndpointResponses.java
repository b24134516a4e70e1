package corpus.fullsecretlogged;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of a token endpoint's response is the access token: a request to an OAuth or {@code /token} address (a
 * literal, a constant or a variable named like one), sent with the JDK client or OkHttp, whose response body is logged.
 * Another endpoint's body, a token endpoint's status, and a token endpoint's body measured or parsed are not.
 */
class TokenEndpointResponses {
  private static final Logger log = LoggerFactory.getLogger(TokenEndpointResponses.class);
  private static final String TOKEN_URL = "https://login.example.com/oauth2/v2.0/token";

  private final HttpClient http = HttpClient.newHttpClient();
  private final OkHttpClient okHttp = new OkHttpClient();

  void flagsJdkTokenResponseBody(String form) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    log.debug("token response {}", response.body()); // tracelint-expect: FullSecretLogged -- logs the full secret token response body of 'response'
  }

  void flagsOkHttpTokenResponseBodyKeptInALocal(String tokenEndpoint, RequestBody form) throws IOException {
    Request request = new Request.Builder().url(tokenEndpoint).post(form).build();
    try (Response response = okHttp.newCall(request).execute()) {
      String body = response.body().string();
      log.debug("token endpoint said: {}", body); // tracelint-expect: FullSecretLogged -- logs the full secret 'body'
    }
  }

  void flagsResponseOfARequestToAnOauthPath(String issuer, RequestBody form) throws IOException {
    String address = issuer + "/oauth/token";
    Response response = okHttp.newCall(new Request.Builder().url(address).post(form).build()).execute();
    log.info("login: " + response.body().string()); // tracelint-expect: FullSecretLogged -- logs the full secret token response body of 'response'
  }

  void acceptsBodyOfAnotherEndpoint(String baseUrl, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/chat/completions"))
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    log.debug("completion {}", response.body());
  }

  void acceptsBodyOfATokenizeEndpoint(String baseUrl, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/tokenize"))
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    log.debug("tokens {}", response.body());
  }

  void acceptsStatusOfATokenResponse(String form) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    log.info("token endpoint status {}", response.statusCode());
  }

  void acceptsLengthOfATokenResponse(String form) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    log.info("token response of {} chars", response.body().length());
  }
}
