package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A Spring AI style streaming endpoint: the chat client's stream() is a Flux of tokens that the browser may abandon
 * at any moment (a closed tab cancels the subscription), so the observation must be stopped on cancel too.
 */
public class RealisticAsyncStreamObservations {
  interface ChatStream {
    Flux<String> stream(String prompt);

    Mono<String> call(String prompt);
  }

  interface Moderation {
    String screen(String prompt);
  }

  private final ObservationRegistry registry;
  private final ChatStream chat;
  private final Moderation moderation;

  RealisticAsyncStreamObservations(ObservationRegistry registry, ChatStream chat, Moderation moderation) {
    this.registry = registry;
    this.chat = chat;
    this.moderation = moderation;
  }

  public Flux<String> tokens(String prompt) {
    Observation observation = Observation.start("chat.tokens", registry);
    return chat.stream(prompt)
        .timeout(Duration.ofSeconds(60))
        .doOnError(observation::error)
        .doFinally(signal -> {
          observation.highCardinalityKeyValue("signal", signal.toString());
          observation.stop();
        });
  }

  public Flux<String> tokensStoppedOnCancelToo(String prompt) {
    Observation observation = Observation.start("chat.tokens.cancel", registry);
    return chat.stream(prompt)
        .doOnTerminate(observation::stop)
        .doOnCancel(observation::stop);
  }

  public Flux<String> tokensInBatches(String prompt) {
    Observation observation = Observation.start("chat.tokens.batched", registry);
    Flux<String> batched = chat.stream(prompt)
        .bufferTimeout(16, Duration.ofMillis(50))
        .map(batch -> String.join("", batch))
        .doFinally(signal -> observation.stop());
    return batched;
  }

  public Flux<String> tokensCompletedOrFailed(String prompt) {
    Observation observation = Observation.start("chat.tokens.completed", registry); // tracelint-expect: UnclosedTrace
    return chat.stream(prompt)
        .doOnComplete(observation::stop)
        .onErrorResume(error -> {
          observation.error(error);
          observation.stop();
          return Flux.just("[the assistant stopped answering]");
        });
  }

  public Flux<String> tokensAfterModeration(String prompt) {
    Observation observation = Observation.start("chat.tokens.moderated", registry); // tracelint-expect: UnclosedTrace
    String screened = moderation.screen(prompt);
    return chat.stream(screened).doFinally(signal -> observation.stop());
  }

  public Flux<String> tokensModeratedFirst(String prompt) {
    String screened = moderation.screen(prompt);
    Observation observation = Observation.start("chat.tokens.moderated.first", registry);
    return chat.stream(screened).doFinally(signal -> observation.stop());
  }

  /** Moderation runs inside the stream: a failure there reaches doFinally like any other error. */
  public Flux<String> tokensModeratedInTheStream(String prompt) {
    Observation observation = Observation.start("chat.tokens.moderated.lazy", registry);
    return Mono.fromCallable(() -> moderation.screen(prompt))
        .flatMapMany(chat::stream)
        .doFinally(signal -> observation.stop());
  }

  /** The observe() wrapper starts, scopes and stops the observation for the synchronous part. */
  public Mono<String> summary(String prompt) {
    return Observation.createNotStarted("chat.summary", registry)
        .observe(() -> chat.call("Summarise: " + prompt));
  }
}
