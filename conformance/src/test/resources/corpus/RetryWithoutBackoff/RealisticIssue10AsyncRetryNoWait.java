package corpus.retrywithoutbackoff;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/** Asynchronous retries with an attempt budget: some wait before the next attempt, some do not. */
public class RealisticIssue10AsyncRetryNoWait {
  interface AsyncClient {
    CompletableFuture<String> fetch(String url);
  }

  interface ReactiveClient {
    Mono<String> get(String url);
  }

  private final AsyncClient client;
  private final ReactiveClient reactive;

  RealisticIssue10AsyncRetryNoWait(AsyncClient client, ReactiveClient reactive) {
    this.client = client;
    this.reactive = reactive;
  }

  public CompletableFuture<String> fetch(String url, int attemptsLeft) {
    return client.fetch(url).exceptionallyCompose(error -> {
      if (attemptsLeft <= 0) {
        return CompletableFuture.failedFuture(error);
      }
      return fetch(url, attemptsLeft - 1); // tracelint-expect: RetryWithoutBackoff
    });
  }

  public CompletableFuture<String> fetchLater(String url, int attemptsLeft) {
    Executor later = CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS);
    return client.fetch(url).exceptionallyComposeAsync(error -> {
      if (attemptsLeft <= 0) {
        return CompletableFuture.failedFuture(error);
      }
      return fetchLater(url, attemptsLeft - 1);
    }, later);
  }

  public Mono<String> get(String url, int attemptsLeft) {
    return reactive.get(url).onErrorResume(error -> {
      if (attemptsLeft <= 0) {
        return Mono.error(error);
      }
      return Mono.delay(Duration.ofMillis(300)).then(get(url, attemptsLeft - 1));
    });
  }
}
