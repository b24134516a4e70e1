package corpus.unboundedretry;

import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Unlimited Reactor retries built in small helpers and bounded by the caller that assembles them
 * (docs/rules/UnboundedRetry.md, "Library settings that mean no limit"): a private helper returns the spec, another
 * applies it to a stage and returns the retried stage, and every stage ends up in a chain with {@code timeout(..)}.
 * The retry ends with that timeout, as one written in the same chain does. The same helpers are endless when one
 * caller leaves the stage without a timeout, when a subclass may replace the helper, when the helper taking the spec
 * returns something else, or when the spec is kept in a field.
 */
class RetriesBoundedWhereTheirCallersTimeThem {
  static final class NotReadyYet extends RuntimeException {}

  interface Cluster {
    Mono<Boolean> configLoaded();

    Mono<Boolean> nodesHealthy();

    Mono<Boolean> indexReady(String index);
  }

  private final Cluster cluster;
  private RetryBackoffSpec sharedSpec;

  RetriesBoundedWhereTheirCallersTimeThem(Cluster cluster) {
    this.cluster = cluster;
  }

  Mono<Void> acceptsStagesAssembledUnderOneTimeout(Duration timeout) {
    return Mono.empty()
        .then(waitForConfig())
        .then(waitForHealthyNodes())
        .timeout(timeout);
  }

  Mono<Boolean> acceptsAStageKeptInALocalAndTimed(Duration timeout) {
    Mono<Boolean> ready = untilTrue(cluster.nodesHealthy(), patientRetry(Duration.ofSeconds(1)));
    return ready.timeout(timeout);
  }

  Mono<Void> acceptsAStageReturnedFromAnOperatorLambdaThenTimed(String index, Duration timeout) {
    return Mono.just(index)
        .flatMap(name -> untilTrue(cluster.indexReady(name), endlessPolling()))
        .timeout(timeout)
        .then();
  }

  Mono<Boolean> acceptsAFirstCallerOfASharedSpecTimed(String index, Duration timeout) {
    return cluster.indexReady(index).retryWhen(sharedPolling()).timeout(timeout);
  }

  Mono<Boolean> acceptsASecondCallerOfASharedSpecTimed(Duration timeout) {
    Mono<Boolean> healthy = cluster.nodesHealthy().retryWhen(sharedPolling());
    return healthy.timeout(timeout);
  }

  Mono<Boolean> flagsAHelperCalledOnceWithoutATimeout(String index) {
    return untilTrue(cluster.indexReady(index), untimedPolling());
  }

  Mono<Boolean> flagsAHelperASubclassMayReplace(Duration timeout) {
    return untilTrue(cluster.configLoaded(), overridablePolling()).timeout(timeout);
  }

  Mono<Boolean> flagsASpecGivenToAHelperThatReturnsSomethingElse(Duration timeout) {
    return startInBackground(cluster.configLoaded(), ignoredPolling()).timeout(timeout);
  }

  void flagsASpecKeptInAField() {
    sharedSpec = Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(10)); // tracelint-expect: UnboundedRetry
  }

  private Mono<Void> waitForConfig() {
    return untilTrue(cluster.configLoaded(), patientRetry(Duration.ofMillis(100))).then();
  }

  private Mono<Void> waitForHealthyNodes() {
    return untilTrue(cluster.nodesHealthy(), patientRetry(Duration.ofSeconds(2))).then();
  }

  private static RetryBackoffSpec patientRetry(Duration maxBackoff) {
    return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(10)).maxBackoff(maxBackoff).jitter(0.5);
  }

  private static RetryBackoffSpec endlessPolling() {
    return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50));
  }

  private static RetryBackoffSpec sharedPolling() {
    return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(25));
  }

  private static RetryBackoffSpec untimedPolling() {
    return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50)); // tracelint-expect: UnboundedRetry
  }

  protected RetryBackoffSpec overridablePolling() {
    return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50)); // tracelint-expect: UnboundedRetry
  }

  private static RetryBackoffSpec ignoredPolling() {
    return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50)); // tracelint-expect: UnboundedRetry
  }

  private static Mono<Boolean> untilTrue(Mono<Boolean> check, RetryBackoffSpec spec) {
    return check
        .flatMap(done -> done ? Mono.just(true) : Mono.<Boolean>error(new NotReadyYet()))
        .retryWhen(spec.filter(NotReadyYet.class::isInstance));
  }

  private static Mono<Boolean> startInBackground(Mono<Boolean> check, RetryBackoffSpec spec) {
    check.retryWhen(spec).subscribe();
    return Mono.just(true);
  }
}
