package corpus.unboundedretry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/**
 * A catch, or a status test, that sends the loop round with {@code continue} before the statement that ends it
 * (docs/rules/UnboundedRetry.md, points 6 and "Status-checked retries"): {@code if (e.getCode() >= 500) continue;
 * throw e;} goes round on every server error however the catch ends, and {@code if (response.statusCode() == 429)
 * continue; return response.body();} never gives up on a 429. A catch that only logs before it rethrows, one that
 * waits before going round, a conflict sent round, or a loop given an attempt limit, is judged as before.
 */
class FailuresSentRoundBeforeTheEnd {
  static final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    ApiException(int code) {
      this.code = code;
    }

    int getCode() {
      return code;
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();

  String flagsServerErrorsSentRoundForever(Supplier<String> call) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return call.get();
      } catch (ApiException e) {
        if (e.getCode() >= 500) {
          continue;
        }
        throw e;
      }
    }
  }

  String flagsServerErrorsSentRoundAtOnce(Supplier<String> call) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return call.get();
      } catch (ApiException e) {
        if (e.getCode() >= 500) {
          continue;
        }
        throw e;
      }
    }
    throw new IllegalStateException("server kept failing");
  }

  String acceptsServerErrorsSentRoundWhileAttemptsLast(Supplier<String> call) {
    int attempts = 0;
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        return call.get();
      } catch (ApiException e) {
        if (e.getCode() >= 500 && ++attempts < 3) {
          continue;
        }
        throw e;
      }
    }
  }

  String acceptsCatchThatOnlyLogsBeforeItRethrows(Supplier<String> call) {
    while (true) {
      try {
        return call.get();
      } catch (ApiException e) {
        if (e.getCode() >= 500) {
          System.err.println("server error " + e.getCode());
        }
        throw e;
      }
    }
  }

  String acceptsServerErrorsSentRoundAfterAWait(Supplier<String> call) throws InterruptedException {
    long delay = 200;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return call.get();
      } catch (ApiException e) {
        if (e.getCode() >= 500) {
          Thread.sleep(delay);
          delay *= 2;
          continue;
        }
        throw e;
      }
    }
    throw new IllegalStateException("server kept failing");
  }

  String acceptsConflictSentRoundAtOnce(Supplier<String> update) {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return update.get();
      } catch (ApiException e) {
        if (e.getCode() == 409) {
          continue;
        }
        throw e;
      }
    }
    throw new IllegalStateException("still conflicting");
  }

  String flagsRateLimitSentRoundForever(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        continue;
      }
      return response.body();
    }
  }

  String acceptsRateLimitSentRoundAfterAWaitAWhile(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    int attempts = 0;
    while (true) {
      if (++attempts > 5) {
        throw new IOException("still rate limited after 5 attempts");
      }
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        Thread.sleep(1_000L * attempts);
        continue;
      }
      return response.body();
    }
  }

  String acceptsRateLimitAnsweredByGivingUp(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        throw new IOException("rate limited");
      }
      return response.body();
    }
  }
}
