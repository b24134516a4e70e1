package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/**
 * Asynchronous self-retries (docs/rules/UnboundedRetry.md, "Methods that call themselves to retry"): a method that
 * calls itself again from the function an asynchronous failure operator runs ({@code exceptionallyCompose},
 * {@code exceptionally} joining the new attempt, Reactor's {@code onErrorResume}) retries like one calling itself from its catch block. A fallback to another
 * source, a bounded count, or an operator that does not run on failure is not one.
 */
class AsyncSelfRetries {
  interface AsyncClient {
    CompletableFuture<String> getAsync(String url);

    Mono<String> ask(String question);
  }

  private final AsyncClient client;
  private final Map<String, String> cache;

  AsyncSelfRetries(AsyncClient client, Map<String, String> cache) {
    this.client = client;
    this.cache = cache;
  }

  CompletableFuture<String> flagsFutureRetriedFromExceptionallyCompose(String url) {
    return client.getAsync(url)
        .exceptionallyCompose(e -> flagsFutureRetriedFromExceptionallyCompose(url)); // tracelint-expect: UnboundedRetry -- failure handler // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> flagsMonoResubscribedFromOnErrorResume(String question) {
    return client.ask(question)
        .onErrorResume(e -> flagsMonoResubscribedFromOnErrorResume(question)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> flagsOnErrorResumeForOneExceptionType(String question) {
    return client.ask(question)
        .onErrorResume(IOException.class, e -> flagsOnErrorResumeForOneExceptionType(question)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  CompletableFuture<String> flagsFutureRetriedFromExceptionallyByJoining(String url) {
    return client.getAsync(url)
        .exceptionally(e -> flagsFutureRetriedFromExceptionallyByJoining(url).join()); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  CompletableFuture<String> flagsBoundedRetryFromExceptionallyAtOnce(String url, int attemptsLeft) {
    return client.getAsync(url).exceptionally(e -> {
      if (attemptsLeft <= 0) {
        throw new IllegalStateException(e);
      }
      return flagsBoundedRetryFromExceptionallyAtOnce(url, attemptsLeft - 1).join(); // tracelint-expect: RetryWithoutBackoff
    });
  }

  CompletableFuture<String> acceptsExceptionallyFallingBackToACache(String url) {
    return client.getAsync(url).exceptionally(e -> cache.getOrDefault(url, ""));
  }

  CompletableFuture<String> acceptsBoundedRetryFromExceptionallyAfterASleep(String url, int attemptsLeft) {
    return client.getAsync(url).exceptionally(e -> {
      if (attemptsLeft <= 0) {
        throw new IllegalStateException(e);
      }
      try {
        TimeUnit.MILLISECONDS.sleep(250L << (3 - Math.min(attemptsLeft, 3)));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
      return acceptsBoundedRetryFromExceptionallyAfterASleep(url, attemptsLeft - 1).join();
    });
  }

  CompletableFuture<String> acceptsAsyncRetryCountingDownWithADelay(String url, int attemptsLeft) {
    return client.getAsync(url).exceptionallyComposeAsync(e -> {
      if (attemptsLeft > 0) {
        return acceptsAsyncRetryCountingDownWithADelay(url, attemptsLeft - 1);
      }
      return CompletableFuture.failedFuture(e);
    }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
  }

  Mono<String> acceptsResubscribeAfterAMonoDelayWithAnAttemptCount(String question, int attempts) {
    return client.ask(question).onErrorResume(e -> {
      if (attempts <= 0) {
        return Mono.error(e);
      }
      return Mono.delay(Duration.ofSeconds(1))
          .then(acceptsResubscribeAfterAMonoDelayWithAnAttemptCount(question, attempts - 1));
    });
  }

  Mono<String> acceptsAsyncFallbackTakenOnce(String question, boolean viaProxy) {
    return client.ask(question).onErrorResume(e -> {
      if (!viaProxy) {
        return acceptsAsyncFallbackTakenOnce(question, true);
      }
      return Mono.error(e);
    });
  }

  CompletableFuture<String> acceptsFallbackToAnotherSource(String primary, String secondary) {
    return client.getAsync(primary).exceptionallyCompose(e -> client.getAsync(secondary));
  }

  Mono<String> acceptsFallbackToACache(String question) {
    return client.ask(question).onErrorResume(e -> Mono.justOrEmpty(cache.get(question)));
  }

  CompletableFuture<String> acceptsSelfCallOnSuccess(String url) {
    return client.getAsync(url).thenCompose(next -> {
      if (next.isEmpty()) {
        return CompletableFuture.completedFuture(url);
      }
      return acceptsSelfCallOnSuccess(next);
    });
  }
}
