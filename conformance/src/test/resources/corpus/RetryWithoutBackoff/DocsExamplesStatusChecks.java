package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The status-checked retries of UnboundedRetry's page ("Status-checked retries" and "Known limits"), judged by both
 * retry rules as RetryWithoutBackoff's page says: a switch statement's constant cases test the status, arithmetic on
 * it and a named constant that does not fold say nothing.
 */
class DocsExamplesStatusChecks {
  private static final int RETRY_LATER = 429;
  private final HttpClient http;

  DocsExamplesStatusChecks(HttpClient http) {
    this.http = http;
  }

  String flagsArrowSwitchThatGoesRoundOnRateLimits(HttpRequest request) throws IOException, InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200 -> {
          return response.body();
        }
        case 429, 503 -> {
          continue;
        }
        default -> {}
      }
    }
  }

  String acceptsSuccessTestedByArithmetic(HttpRequest request) throws IOException, InterruptedException {
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status / 100 == 2) {
        return response.body();
      }
    }
  }

  String flagsSuccessTestedOnAStatusLocalNeverAssignedAgain(HttpRequest request)
      throws IOException, InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
    }
  }

  String acceptsLoadLoopThatLeavesOnAServerError(HttpRequest request) throws IOException, InterruptedException {
    StringBuilder bodies = new StringBuilder();
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 500) {
        break;
      }
      bodies.append(response.body());
    }
    return bodies.toString();
  }

  String acceptsStatusTestedInAHelper(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (shouldRetry(response)) {
        continue;
      }
      return response.body();
    }
    throw new IOException("gave up");
  }

  private static boolean shouldRetry(HttpResponse<String> response) {
    return response.statusCode() == RETRY_LATER;
  }

  String flagsStatusComparedWithAConstantThatFolds(HttpRequest request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == RETRY_LATER) {
        continue;
      }
      return response.body();
    }
    throw new IOException("gave up");
  }
}
