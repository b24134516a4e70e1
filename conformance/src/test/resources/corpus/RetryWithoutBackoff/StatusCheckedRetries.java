package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/**
 * Status-checked retries (docs/rules/UnboundedRetry.md, "Status-checked retries"): a loop sends the same request each
 * turn and goes round again when the response's status says it failed ({@code 429}, {@code 5xx}, not
 * {@code isSuccessful()}), with no exception involved. Without a wait that hammers a rate-limited or failing endpoint
 * as surely as a catch that retries. Loops that send a new request each turn, leave on a failure, or wait stay silent.
 */
class StatusCheckedRetries {
  private static final int MAX_ATTEMPTS = 4;
  private final HttpClient http = HttpClient.newHttpClient();
  private final OkHttpClient okHttp = new OkHttpClient();
  private final RestTemplate rest = new RestTemplate();

  String flagsContinueOnRateLimitOrServerError(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429 || response.statusCode() >= 500) {
        continue;
      }
      return response.body();
    }
    throw new IOException("rate limited " + MAX_ATTEMPTS + " times");
  }

  String flagsSendUntilSuccessfulWithACounter(Request request) throws IOException {
    int attempts = 0;
    while (attempts++ < MAX_ATTEMPTS) { // tracelint-expect: RetryWithoutBackoff
      try (Response response = okHttp.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return response.body().string();
        }
      }
    }
    return null;
  }

  String flagsSendUntilOkForever(HttpRequest request) throws IOException, InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return response.body();
      }
    }
  }

  int flagsConnectionRetriedUntilHttpOk(URL endpoint) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
      if (connection.getResponseCode() == HttpURLConnection.HTTP_OK) {
        return connection.getContentLength();
      }
    }
    return -1;
  }

  String flagsRestTemplateRetriedUntil2xx(String url) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      ResponseEntity<String> entity = rest.getForEntity(url, String.class);
      if (entity.getStatusCode().is2xxSuccessful()) {
        return entity.getBody();
      }
    }
    return null;
  }

  String flagsStatusCopiedIntoALocalFirst(URL endpoint) throws IOException {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
      int status = connection.getResponseCode();
      if (status == 429 || status == 503) {
        continue;
      }
      return new String(connection.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    return null;
  }

  int acceptsStatusCopiedIntoALocalThatStopsOnFailure(URL endpoint) throws IOException {
    int checks = 0;
    for (int i = 0; i < 10; i++) {
      HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
      int status = connection.getResponseCode();
      if (status >= 400) {
        break;
      }
      checks++;
    }
    return checks;
  }

  String flagsDoWhileUntilNotRateLimited(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response;
    do { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } while (response.statusCode() == 429);
    return response.body();
  }

  String flagsWhileNotSuccessfulWithACounter(Request request) throws IOException {
    Response response = okHttp.newCall(request).execute();
    int attempts = 1;
    while (!response.isSuccessful() && attempts++ < MAX_ATTEMPTS) { // tracelint-expect: RetryWithoutBackoff
      response.close();
      response = okHttp.newCall(request).execute();
    }
    return response.body().string();
  }

  String acceptsDoWhileThatWaitsBeforeTheNextAttempt(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response;
    int attempts = 0;
    do {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        Thread.sleep(response.headers().firstValueAsLong("Retry-After").orElse(1L) * 1000L);
      }
    } while (response.statusCode() == 429 && ++attempts < MAX_ATTEMPTS);
    return response.body();
  }

  int acceptsResponsesTakenFromAQueueUntilAFailure(java.util.concurrent.BlockingQueue<HttpResponse<String>> responses)
      throws InterruptedException {
    int served = 0;
    HttpResponse<String> response;
    do {
      response = responses.take();
      served++;
    } while (response.statusCode() < 300);
    return served;
  }

  String acceptsWaitBeforeTheNextAttempt(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        Thread.sleep(1000L << attempt);
        continue;
      }
      return response.body();
    }
    throw new IOException("rate limited");
  }

  void acceptsEachItemSentOnce(List<HttpRequest> requests) throws IOException, InterruptedException {
    for (HttpRequest request : requests) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        continue;
      }
      System.out.println(response.body());
    }
  }

  int acceptsLoadLoopThatStopsAtTheFirstFailure(HttpRequest request) throws IOException, InterruptedException {
    int served = 0;
    for (int i = 0; i < 1000; i++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 500) {
        break;
      }
      served++;
    }
    return served;
  }

  String acceptsFailFastOnAFailureStatus(Request request) throws IOException {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try (Response response = okHttp.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        return response.body().string();
      }
    }
    return null;
  }

  int acceptsPagesFetchedUntilTheLastOne(String firstPage) throws IOException, InterruptedException {
    int pages = 0;
    String next = firstPage;
    while (true) {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(java.net.URI.create(next)).build(),
          HttpResponse.BodyHandlers.ofString());
      pages++;
      if (page.statusCode() == 204) {
        return pages;
      }
      next = page.headers().firstValue("Link").orElse(null);
      if (next == null || page.statusCode() != 200) {
        return pages;
      }
    }
  }

  String acceptsPageNumberFromTheCounter(String url) throws IOException, InterruptedException {
    for (int page = 0; page < 20; page++) {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(java.net.URI.create(url + "?page=" + page)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return response.body();
      }
    }
    return null;
  }

  String acceptsAStatusTheCatalogueCannotPlace(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 304) {
        return null;
      }
      if (response.statusCode() != 200) {
        throw new IOException("unexpected status");
      }
    }
    return null;
  }

  // a switch on the status is a status test for each case

  String flagsSwitchThatContinuesOnAFailureCode(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200:
          return response.body();
        case 429:
        case 503:
          continue;
        default:
          throw new IOException("answered " + response.statusCode());
      }
    }
    return null;
  }

  String flagsSwitchRulesUntilOkForever(HttpRequest request) throws IOException, InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      switch (status) {
        case 200, 201 -> {
          return response.body();
        }
        case 502, 503 -> {
          continue;
        }
        default -> { }
      }
    }
  }

  int acceptsSwitchLoadLoopThatStopsOnAFailureCode(HttpRequest request) throws IOException, InterruptedException {
    int loaded = 0;
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200:
          loaded++;
          break;
        case 503:
          return loaded;
        default:
          throw new IOException("answered " + response.statusCode());
      }
    }
  }

  String acceptsSwitchThatWaitsOnAFailureCode(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200:
          return response.body();
        case 429:
          Thread.sleep(1_000L << attempt);
          continue;
        default:
          return null;
      }
    }
    return null;
  }

  String acceptsSwitchOnCodesTheCatalogueCannotPlace(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 304:
          continue;
        case 200:
          break;
        default:
          return null;
      }
      return response.body();
    }
    return null;
  }

  // a polling condition on the status: send again while it says failure

  String flagsSendAgainWhileTheStatusSaysFailure(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int polls = 0;
    while (response.statusCode() != 200 && polls++ < MAX_ATTEMPTS) { // tracelint-expect: RetryWithoutBackoff
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }

  String flagsDoWhileServerErrorForever(Request request) throws IOException { // okhttp's code()
    Response response;
    do { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      response = okHttp.newCall(request).execute();
    } while (response.code() >= 500);
    return response.body().string();
  }

  String acceptsWaitWhileTheStatusSaysFailure(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int polls = 0;
    while (response.statusCode() == 503 && polls++ < MAX_ATTEMPTS) {
      Thread.sleep(500L * polls);
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }

  String acceptsRedirectsFollowed(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    while (response.statusCode() == 302) {
      String location = response.headers().firstValue("Location").orElseThrow();
      response = http.send(HttpRequest.newBuilder(java.net.URI.create(location)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }

  String acceptsFailureStatusWithAStopFlag(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    while (response.statusCode() >= 500 && !stopped) {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }

  String acceptsNextRequestBuiltFromTheLastFailure(HttpRequest request) throws IOException, InterruptedException {
    HttpRequest next = request;
    HttpResponse<String> response = http.send(next, HttpResponse.BodyHandlers.ofString());
    int polls = 0;
    while (response.statusCode() == 401 && polls++ < 2) {
      next = HttpRequest.newBuilder(request.uri()).header("Authorization", response.body()).build();
      response = http.send(next, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }

  private volatile boolean stopped;
}
