package corpus.unboundedretry;

import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** An evaluation uploader that re-sends until the server accepts, plus its Resilience4j settings. */
public class RealisticIssue10OkHttpUntilSuccessful {
  private final OkHttpClient http;

  RealisticIssue10OkHttpUntilSuccessful(OkHttpClient http) {
    this.http = http;
  }

  public String upload(Request request) throws IOException {
    Response response = http.newCall(request).execute();
    while (!response.isSuccessful()) { // tracelint-expect: UnboundedRetry
      response.close();
      response = http.newCall(request).execute();
    }
    try (Response accepted = response) {
      return accepted.body().string();
    }
  }

  public String uploadAFewTimes(Request request) throws IOException {
    Response response = http.newCall(request).execute();
    int attempts = 1;
    while (!response.isSuccessful() && attempts++ < 3) {
      response.close();
      response = http.newCall(request).execute();
    }
    try (Response last = response) {
      return last.body().string();
    }
  }

  public RetryConfig uploadRetryConfig() {
    return RetryConfig.custom()
        .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry
        .waitDuration(Duration.ofSeconds(2))
        .build();
  }

  public RetryConfig boundedUploadRetryConfig() {
    return RetryConfig.custom().maxAttempts(5).waitDuration(Duration.ofSeconds(2)).build();
  }
}
