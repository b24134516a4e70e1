package corpus.unboundedretry;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Background tasks that keep trying, with a growing pause, until their owner disposes of them
 * (docs/rules/UnboundedRetry.md, "Connection recovery"): the chain after {@code retryWhen} ends in
 * {@code subscribe()}, and the {@code Disposable} is returned as the task's handle, stored in a field the class
 * disposes of, or added to a composite, as a loop runs until its stop flag is raised. A subscription whose handle is
 * dropped, kept only in a local or in a field nothing disposes of, or a retry without a pause is still reported.
 */
class BackgroundRetriesCancelledByTheirOwner {
  private final Supplier<List<String>> seedLookup;
  private final Disposable.Composite tasks = Disposables.composite();
  private Disposable refresher;
  private Disposable lastUpload;

  BackgroundRetriesCancelledByTheirOwner(Supplier<List<String>> seedLookup) {
    this.seedLookup = seedLookup;
  }

  Disposable acceptsAResolverWhoseHandleIsReturned() {
    return Mono.fromSupplier(seedLookup)
        .subscribeOn(Schedulers.boundedElastic())
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(10)).maxBackoff(Duration.ofSeconds(60)))
        .subscribe(seeds -> System.out.println("seeds: " + seeds));
  }

  void acceptsARefresherKeptInAField() {
    refresher = Mono.fromSupplier(seedLookup)
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(5)))
        .subscribe();
  }

  void acceptsATaskAddedToTheOwnersComposite() {
    tasks.add(Mono.fromSupplier(seedLookup)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)))
        .subscribe());
  }

  void close() {
    refresher.dispose();
    tasks.dispose();
  }

  void flagsASubscriptionWhoseHandleIsDropped() {
    Mono.fromSupplier(seedLookup)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(10))) // tracelint-expect: UnboundedRetry
        .subscribe();
  }

  void flagsAHandleKeptOnlyInALocal() {
    Disposable lookup = Mono.fromSupplier(seedLookup)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(10))) // tracelint-expect: UnboundedRetry
        .subscribe();
    System.out.println("started " + lookup);
  }

  void flagsAnUploadKeptInAFieldNothingDisposes(String batch) {
    lastUpload = Mono.fromSupplier(seedLookup)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))) // tracelint-expect: UnboundedRetry
        .subscribe(seeds -> System.out.println(batch + " sent to " + seeds));
  }

  Disposable flagsAReturnedTaskThatRetriesWithoutAPause() {
    return Mono.fromSupplier(seedLookup)
        .retryWhen(Retry.indefinitely()) // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
        .subscribe();
  }
}
