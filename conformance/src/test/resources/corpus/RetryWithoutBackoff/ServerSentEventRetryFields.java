package corpus.retrywithoutbackoff;

import io.micronaut.http.sse.Event;
import java.time.Duration;
import java.util.List;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A server-sent event's {@code retry} field tells the browser how long to wait before it reconnects; setting it
 * (Spring's {@code ServerSentEvent.Builder#retry(Duration)}, Micronaut's {@code Event#retry(Duration)}) resubscribes
 * nothing. Reactor's {@code retry} takes a count or nothing, never a time, also where the engine has no types.
 */
class ServerSentEventRetryFields {
  private static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);

  /** The last event seen of a stream that is relayed, with the reconnect delay the upstream asked for. */
  static final class RelayedEvent {
    String id;
    String data;
    Duration retry;
  }

  interface TokenStream {
    Flux<String> tokens(String prompt);
  }

  private final TokenStream model;

  ServerSentEventRetryFields(TokenStream model) {
    this.model = model;
  }

  Flux<ServerSentEvent<String>> acceptsSpringEventReconnectDelay(String prompt) {
    return model.tokens(prompt)
        .map(token -> ServerSentEvent.builder(token).event("token").retry(Duration.ofSeconds(3)).build());
  }

  ServerSentEvent<String> acceptsSpringEventDelayFromAConstant(String text) {
    return ServerSentEvent.<String>builder().data(text).retry(RECONNECT_AFTER).build();
  }

  Event<String> acceptsMicronautEventDelayFromAField(RelayedEvent relayed) {
    return Event.of(relayed.data).id(relayed.id).retry(relayed.retry);
  }

  Event<List<String>> acceptsMicronautEventDelayFromALocal(List<String> batch, long reconnectMillis) {
    Duration reconnect = Duration.ofMillis(reconnectMillis);
    return Event.of(batch).name("batch").retry(reconnect);
  }

  Flux<String> flagsTokenStreamResubscribedAtOnce(String prompt) {
    return model.tokens(prompt).retry(2); // tracelint-expect: RetryWithoutBackoff -- Flux.retry(...)
  }

  Mono<String> flagsCountFromAParameter(Mono<String> call, long attempts) {
    return call.retry(attempts); // tracelint-expect: RetryWithoutBackoff -- Mono.retry(...)
  }
}
