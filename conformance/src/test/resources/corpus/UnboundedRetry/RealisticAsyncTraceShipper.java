package corpus.unboundedretry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Ships trace batches asynchronously with CompletableFuture chains. */
public class RealisticAsyncTraceShipper {
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;
  private final URI collector;

  RealisticAsyncTraceShipper(HttpClient http, URI collector) {
    this.http = http;
    this.collector = collector;
  }

  private CompletableFuture<HttpResponse<Void>> post(byte[] batch) {
    HttpRequest request = HttpRequest.newBuilder(collector)
        .POST(HttpRequest.BodyPublishers.ofByteArray(batch))
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
  }

  /** Retries with a delayed executor and an attempt budget. */
  public CompletableFuture<HttpResponse<Void>> ship(byte[] batch, int attempt) {
    return post(batch).exceptionallyCompose(e -> {
      if (attempt >= MAX_ATTEMPTS) {
        return CompletableFuture.failedFuture(e);
      }
      Executor later = CompletableFuture.delayedExecutor(100L << attempt, TimeUnit.MILLISECONDS);
      return CompletableFuture.supplyAsync(() -> attempt + 1, later).thenCompose(next -> ship(batch, next));
    });
  }

  /** The span-links side channel: ask again on any failure. */
  public CompletableFuture<HttpResponse<Void>> shipLinks(byte[] links) {
    return post(links).exceptionallyCompose(e -> shipLinks(links)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  /** A bounded, immediate second try for small heartbeat batches. */
  public CompletableFuture<HttpResponse<Void>> shipHeartbeat(byte[] heartbeat, int retriesLeft) {
    return post(heartbeat).exceptionallyCompose(e -> {
      if (retriesLeft > 0) {
        return shipHeartbeat(heartbeat, retriesLeft - 1); // tracelint-expect: RetryWithoutBackoff
      }
      return CompletableFuture.failedFuture(e);
    });
  }

  /** Falls back to the secondary collector once; no self call. */
  public CompletableFuture<HttpResponse<Void>> shipWithFallback(byte[] batch, URI secondary) {
    return post(batch).exceptionallyCompose(e -> http.sendAsync(
        HttpRequest.newBuilder(secondary).POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build(),
        HttpResponse.BodyHandlers.discarding()));
  }

  /** Success-path chaining only: thenCompose is no failure handler. */
  public CompletableFuture<Void> shipAll(byte[] first, byte[] second) {
    return ship(first, 0).thenCompose(r -> ship(second, 0)).thenAccept(r -> { });
  }
}
