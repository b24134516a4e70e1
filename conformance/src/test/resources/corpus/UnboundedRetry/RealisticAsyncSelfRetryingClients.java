package corpus.unboundedretry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/**
 * Hand-written asynchronous retries of an LLM provider client: the failure handler calls the method again with an
 * attempt count that is checked, falls back to a second region, or (the defect) calls itself after a pause forever.
 */
public class RealisticAsyncSelfRetryingClients {
  interface AsyncProvider {
    CompletableFuture<String> complete(String region, String prompt);

    Mono<String> completeReactive(String region, String prompt);
  }

  private static final int MAX_ATTEMPTS = 4;

  private final AsyncProvider provider;
  private final String primaryRegion;
  private final String secondaryRegion;

  RealisticAsyncSelfRetryingClients(AsyncProvider provider, String primaryRegion, String secondaryRegion) {
    this.provider = provider;
    this.primaryRegion = primaryRegion;
    this.secondaryRegion = secondaryRegion;
  }

  public CompletableFuture<String> complete(String prompt, int attempt) {
    return provider.complete(primaryRegion, prompt)
        .exceptionallyComposeAsync(error -> attempt < MAX_ATTEMPTS
                ? complete(prompt, attempt + 1)
                : CompletableFuture.failedFuture(error),
            CompletableFuture.delayedExecutor(200L << attempt, TimeUnit.MILLISECONDS));
  }

  public CompletableFuture<String> completeWithRegionFallback(String prompt) {
    return provider.complete(primaryRegion, prompt)
        .exceptionallyCompose(error -> provider.complete(secondaryRegion, prompt));
  }

  public Mono<String> completeReactive(String prompt, int attemptsLeft) {
    return provider.completeReactive(primaryRegion, prompt)
        .onErrorResume(error -> {
          if (attemptsLeft <= 0) {
            return Mono.error(error);
          }
          return Mono.delay(Duration.ofSeconds(1)).then(completeReactive(prompt, attemptsLeft - 1));
        });
  }

  public Mono<String> completeReactiveUntilAnswered(String prompt) {
    return provider.completeReactive(primaryRegion, prompt)
        .onErrorResume(error -> Mono.delay(Duration.ofSeconds(2))
            .then(completeReactiveUntilAnswered(prompt))); // tracelint-expect: UnboundedRetry
  }

  public CompletableFuture<String> completeUntilAnswered(String prompt) {
    return provider.complete(primaryRegion, prompt)
        .exceptionallyComposeAsync(error -> completeUntilAnswered(prompt), // tracelint-expect: UnboundedRetry
            CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
  }
}
