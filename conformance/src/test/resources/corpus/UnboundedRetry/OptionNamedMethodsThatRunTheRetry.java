package corpus.unboundedretry;

import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * A method named for the setting ("forever", "indefinitely", "unlimited") is an option it offers only while it hands
 * the setting out; one that applies it to a call it makes (the retried publisher is built right there) runs the retry
 * whenever its value is subscribed, and is judged as the call site it is.
 */
public class OptionNamedMethodsThatRunTheRetry {
  interface EventSource {
    Flux<String> events(String topic);

    Mono<String> latest(String topic);
  }

  private final EventSource source;

  public OptionNamedMethodsThatRunTheRetry(EventSource source) {
    this.source = source;
  }

  public Flux<String> flagsEventsFollowedForever(String topic) {
    return source.events(topic).retryWhen(Retry.indefinitely()); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  public Flux<String> flagsEventsWithUnlimitedBackoff(String topic) {
    return source.events(topic)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)) // tracelint-expect: UnboundedRetry
            .maxBackoff(Duration.ofMinutes(1)));
  }

  public Mono<String> flagsLatestRetriedIndefinitely(String topic) {
    return source.latest(topic).retry(); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  /** An option: hands the spec out; whoever applies it decides. */
  public static RetryBackoffSpec acceptsBackoffForeverOffered() {
    return Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1));
  }

  /** An operator offered to callers: the publisher is theirs, and so is the choice to retry it without limit. */
  public static <T> Mono<T> acceptsRetriedForeverOperator(Mono<T> publisher) {
    return publisher.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)));
  }

  public Flux<String> acceptsEventsFollowedForeverWithinAnHour(String topic) {
    return source.events(topic)
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)))
        .timeout(Duration.ofHours(1));
  }
}
