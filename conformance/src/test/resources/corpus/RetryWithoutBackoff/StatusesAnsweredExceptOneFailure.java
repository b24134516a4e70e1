package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Status-checked retries written as "anything but this failure leaves": {@code response.code() != 503} returns, so
 * the loop goes round only on a 503, as {@code !(response.code() == 503)} says. Reported when nothing waits; a loop
 * that waits, fails fast on a status or compares with a code that says neither success nor failure is not.
 */
public class StatusesAnsweredExceptOneFailure {
  private final HttpClient http = HttpClient.newHttpClient();

  static final class ResendWhileUnavailable implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      for (int resend = 0; resend < 3; resend++) { // tracelint-expect: RetryWithoutBackoff
        if (response.code() != 503) {
          return response;
        }
        response.close();
        response = chain.proceed(request);
      }
      return response;
    }
  }

  static final class ResendWhileUnavailablePaced implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      for (int resend = 0; resend < 3; resend++) {
        if (response.code() != 503) {
          return response;
        }
        response.close();
        try {
          Thread.sleep(400L << resend);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted before resending", e);
        }
        response = chain.proceed(request);
      }
      return response;
    }
  }

  public String moderate(URI uri, String text) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(text)).build();
    for (int send = 0; send < 4; send++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> verdict = http.send(request, HttpResponse.BodyHandlers.ofString());
      int code = verdict.statusCode();
      if (code != 429 && code != 529) {
        return verdict.body();
      }
    }
    throw new IOException("moderation overloaded");
  }

  public String transcribeUntilAccepted(URI uri, byte[] audio) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(audio)).build();
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() != 503) {
        return reply.body();
      }
    }
  }

  public String moderatePaced(URI uri, String text) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(text)).build();
    for (int send = 0; send < 4; send++) {
      HttpResponse<String> verdict = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (verdict.statusCode() != 429) {
        return verdict.body();
      }
      Thread.sleep(verdict.headers().firstValueAsLong("retry-after").orElse(1L) * 1_000);
    }
    throw new IOException("moderation throttled");
  }

  public String fetchOrFail(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    for (int send = 0; send < 2; send++) {
      HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() != 200) {
        throw new IOException("status " + page.statusCode());
      }
      return page.body();
    }
    return "";
  }

  public String revalidate(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).header("If-None-Match", "\"v1\"").GET().build();
    for (int send = 0; send < 2; send++) {
      HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() != 304) {
        return page.body();
      }
    }
    return null;
  }
}
