package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Unlimited Reactor retries whose filter ends them once the owner shuts down (docs/rules/UnboundedRetry.md, "Library
 * settings that mean no limit"): the predicate, written in place or returned by a method of the class, throws or
 * answers {@code false} when a stop flag is raised, a boolean field or an {@code AtomicBoolean} that {@code close()}
 * sets. A filter that only sorts failures, or one that reads a flag nothing ever raises, leaves the retry endless.
 */
class ReactiveRetriesStoppedByAFlag {
  interface ConfigSource {
    Mono<String> load(String bucket);
  }

  private final ConfigSource source;
  private final AtomicBoolean shutdown = new AtomicBoolean(false);
  private final AtomicBoolean paused = new AtomicBoolean(false);
  private volatile boolean closed;

  ReactiveRetriesStoppedByAFlag(ConfigSource source) {
    this.source = source;
  }

  Mono<String> acceptsAFilterThatThrowsOnceShutDown(String bucket) {
    return source.load(bucket)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).filter(t -> {
          if (shutdown.get()) {
            throw new IllegalStateException("config provider shut down");
          }
          return t instanceof IOException;
        }));
  }

  Mono<String> acceptsAFilterBuiltByAMethodOfTheClass(String bucket) {
    return source.load(bucket)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).filter(untilClosed(bucket)));
  }

  Mono<String> acceptsAFilterThatRefusesOnceClosed(String bucket) {
    return source.load(bucket)
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(1))
            .filter(t -> !closed && t instanceof IOException));
  }

  Mono<String> flagsAFilterThatOnlySortsFailures(String bucket) {
    return source.load(bucket)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)) // tracelint-expect: UnboundedRetry
            .filter(t -> t instanceof IOException));
  }

  Mono<String> flagsAFilterOnAFlagNothingRaises(String bucket) {
    return source.load(bucket)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)) // tracelint-expect: UnboundedRetry
            .filter(t -> {
          if (paused.get()) {
            return false;
          }
          return t instanceof IOException;
        }));
  }

  Mono<String> flagsAFilterThatGoesOnWhenClosed(String bucket) {
    return source.load(bucket)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)) // tracelint-expect: UnboundedRetry
            .filter(t -> closed || t instanceof IOException));
  }

  private Predicate<Throwable> untilClosed(String bucket) {
    return t -> {
      if (closed) {
        System.err.println("giving up on " + bucket + ": closed");
        return false;
      }
      return true;
    };
  }

  void close() {
    closed = true;
    shutdown.compareAndSet(false, true);
  }
}
