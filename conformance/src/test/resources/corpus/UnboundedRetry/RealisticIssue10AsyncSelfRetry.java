package corpus.unboundedretry;

import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/** Asynchronous clients that answer a failure by calling themselves again. */
public class RealisticIssue10AsyncSelfRetry {
  interface AsyncModelClient {
    CompletableFuture<String> completeAsync(String prompt);
  }

  interface ReactiveSearch {
    Mono<String> search(String query);
  }

  private final AsyncModelClient client;
  private final AsyncModelClient backupClient;
  private final ReactiveSearch search;

  RealisticIssue10AsyncSelfRetry(AsyncModelClient client, AsyncModelClient backupClient, ReactiveSearch search) {
    this.client = client;
    this.backupClient = backupClient;
    this.search = search;
  }

  public CompletableFuture<String> complete(String prompt) {
    return client.completeAsync(prompt)
        .exceptionallyCompose(failure -> complete(prompt)); // tracelint-expect: UnboundedRetry
  }

  public CompletableFuture<String> completeWithBudget(String prompt, int attemptsLeft) {
    return client.completeAsync(prompt).exceptionallyCompose(failure -> {
      if (attemptsLeft > 0) {
        return completeWithBudget(prompt, attemptsLeft - 1);
      }
      return CompletableFuture.failedFuture(failure);
    });
  }

  public CompletableFuture<String> completeWithBackup(String prompt) {
    return client.completeAsync(prompt).exceptionallyCompose(failure -> backupClient.completeAsync(prompt));
  }

  public Mono<String> lookup(String query) {
    return search.search(query).onErrorResume(error -> lookup(query)); // tracelint-expect: UnboundedRetry
  }

  public Mono<String> lookupOrEmpty(String query) {
    return search.search(query).onErrorResume(error -> Mono.just(""));
  }
}
