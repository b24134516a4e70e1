package reactor.core.corpus;

import reactor.core.publisher.Mono;

/**
 * The retry library's own code (docs/rules/UnboundedRetry.md, "What is not flagged"): an operator of Reactor's own
 * packages written on {@code retry(Long.MAX_VALUE)} defines the unlimited retry it documents; it configures none. The
 * same call in any other package is flagged (ReactiveRetries.java).
 */
public final class OwnOperator {
  private OwnOperator() {}

  public static <T> Mono<T> retryForever(Mono<T> source) {
    return source.retry(Long.MAX_VALUE);
  }
}
