package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A reactive chat facade (Spring AI style) observing each call with Micrometer. */
public class RealisticIssue10ReactorObservations {
  interface ReactiveChat {
    Mono<String> call(String prompt);

    Flux<String> stream(String prompt);
  }

  static final class ModelException extends RuntimeException {
    ModelException(Throwable cause) {
      super(cause);
    }
  }

  private final ObservationRegistry registry;
  private final ReactiveChat chat;

  RealisticIssue10ReactorObservations(ObservationRegistry registry, ReactiveChat chat) {
    this.registry = registry;
    this.chat = chat;
  }

  public Mono<String> ask(String prompt) {
    Observation observation = Observation.createNotStarted("chat.ask", registry).start(); // tracelint-expect: UnclosedTrace
    return chat.call(prompt)
        .doOnSuccess(answer -> observation.stop())
        .doOnError(error -> {
          observation.error(error);
          observation.stop();
        });
  }

  public Flux<String> streamAnswer(String prompt) {
    Observation observation = Observation.start("chat.stream", registry); // tracelint-expect: UnclosedTrace
    return chat.stream(prompt).doOnTerminate(observation::stop);
  }

  public Mono<String> askTranslated(String prompt) {
    Observation observation = Observation.start("chat.translated", registry); // tracelint-expect: UnclosedTrace
    return chat.call(prompt).onErrorMap(error -> {
      observation.error(error);
      observation.stop();
      return new ModelException(error);
    });
  }

  public Flux<String> streamFinally(String prompt) {
    Observation observation = Observation.start("chat.stream.finally", registry);
    return chat.stream(prompt)
        .doOnError(observation::error)
        .doFinally(signal -> observation.stop());
  }

  public Mono<String> askCancellable(String prompt) {
    Observation observation = Observation.start("chat.cancellable", registry);
    return chat.call(prompt)
        .doOnTerminate(observation::stop)
        .doOnCancel(observation::stop);
  }

  public Mono<String> askUsing(String prompt) {
    return Mono.using(
        () -> Observation.start("chat.using", registry),
        observation -> chat.call(prompt),
        Observation::stop);
  }

  public Mono<String> askObserved(String prompt) {
    return Observation.createNotStarted("chat.observed", registry).observe(() -> chat.call(prompt));
  }
}
