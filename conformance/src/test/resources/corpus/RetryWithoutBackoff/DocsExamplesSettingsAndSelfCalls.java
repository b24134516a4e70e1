package corpus.retrywithoutbackoff;

import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.NoBackOffPolicy;
import org.springframework.util.backoff.FixedBackOff;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * RetryWithoutBackoff's page, its settings, Reactor filters, self-calls and "Known limits" as the page writes them.
 */
class DocsExamplesSettingsAndSelfCalls {
  static final class LeaseConflictException extends RuntimeException {}

  static final class StatusException extends RuntimeException {
    int getStatusCode() {
      return 0;
    }
  }

  private final DocsAsyncClient client;
  private final DocsPool pool;
  private final DocsDeployments deployments;

  DocsExamplesSettingsAndSelfCalls(DocsAsyncClient client, DocsPool pool, DocsDeployments deployments) {
    this.client = client;
    this.pool = pool;
    this.deployments = deployments;
  }

  FixedBackOff flagsFixedBackOffOfZeroInterval() {
    return new FixedBackOff(0); // tracelint-expect: RetryWithoutBackoff
  }

  FixedBackOff acceptsFixedBackOffWithNoRetries() {
    return new FixedBackOff(0, 0);
  }

  BackOffPolicy flagsNoBackoffChosenByAnotherCondition(boolean fast, BackOffPolicy configured) {
    return fast ? new NoBackOffPolicy() : configured; // tracelint-expect: RetryWithoutBackoff
  }

  BackOffPolicy acceptsNoBackoffAssignedWhenTheUserGaveNone(BackOffPolicy configured) {
    if (configured == null) {
      configured = new NoBackOffPolicy();
    }
    return configured;
  }

  RetryPolicy<Object> flagsLocalBuilderThatNeverSetsTheWait() {
    RetryPolicyBuilder<Object> b = RetryPolicy.builder(); // tracelint-expect: RetryWithoutBackoff
    b.withMaxRetries(3);
    return b.build();
  }

  RetryPolicy<Object> acceptsLocalBuilderWithADelayOnOnePath(boolean slow) {
    RetryPolicyBuilder<Object> b = RetryPolicy.builder();
    b.withMaxRetries(3);
    if (slow) {
      b.withBackoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    }
    return b.build();
  }

  Mono<String> flagsFilterThatAlsoLetsIOFailuresThrough(Mono<String> lease) {
    return lease.retryWhen(
        Retry.max(3) // tracelint-expect: RetryWithoutBackoff
            .filter(e -> e instanceof LeaseConflictException || e instanceof IOException));
  }

  Mono<String> flagsFilterThatTestsSomethingElse(Mono<String> lease) {
    return lease.retryWhen(Retry.max(3).filter(e -> e.getMessage() != null)); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> acceptsFilterBlockThatReturnsTrueOnlyOnAConflict(Mono<String> lease) {
    return lease.retryWhen(
        Retry.max(3)
            .filter(
                e -> {
                  if (e instanceof LeaseConflictException) {
                    System.out.println("lease conflict, taking it again");
                    return true;
                  }
                  return false;
                }));
  }

  Mono<String> acceptsFilterNarrowedToAConflictStatus(Mono<String> write) {
    return write.retryWhen(
        Retry.max(3)
            .filter(
                e -> e instanceof StatusException && ((StatusException) e).getStatusCode() == 409));
  }

  Mono<String> flagsAskAgainFromTheFailureHandler(String q) {
    return client.ask(q).onErrorResume(e -> flagsAskAgainFromTheFailureHandler(q)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> flagsAskAgainThroughDefer(String q) {
    return client.ask(q).onErrorResume(e -> Mono.defer(() -> flagsAskAgainThroughDefer(q))); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  CompletableFuture<String> flagsExceptionallyJoiningTheNewAttempt(String url) {
    return client.fetch(url).exceptionally(e -> flagsExceptionallyJoiningTheNewAttempt(url).join()); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> acceptsDelayInTheFailureHandler(String q, int attempts) {
    return client
        .ask(q)
        .onErrorResume(
            e ->
                attempts > 0
                    ? Mono.delay(Duration.ofSeconds(1)).then(acceptsDelayInTheFailureHandler(q, attempts - 1))
                    : Mono.error(e));
  }

  CompletableFuture<String> acceptsDelayedExecutorForTheNewAttempt(String url, int attemptsLeft) {
    return client
        .fetch(url)
        .exceptionallyComposeAsync(
            e ->
                attemptsLeft > 0
                    ? acceptsDelayedExecutorForTheNewAttempt(url, attemptsLeft - 1)
                    : CompletableFuture.failedFuture(e),
            CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
  }

  void acceptsResubmittedOnlyAfterRoomWasFreed(Runnable task) {
    while (true) {
      try {
        pool.submit(task);
        return;
      } catch (RejectedExecutionException e) {
        boolean freed = pool.purgeIdle();
        if (!freed) {
          throw e;
        }
      }
    }
  }

  void flagsReadinessAskedOfTheRemoteSideWithoutAWait(String id) {
    while (!deployments.isReady(id)) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      System.out.println("waiting for " + id);
    }
  }
}

interface DocsAsyncClient {
  Mono<String> ask(String q);

  CompletableFuture<String> fetch(String url);
}

interface DocsPool {
  void submit(Runnable task);

  boolean purgeIdle();
}

interface DocsDeployments {
  boolean isReady(String id);
}
