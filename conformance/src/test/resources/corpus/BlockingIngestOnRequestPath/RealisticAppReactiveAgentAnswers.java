package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A WebFlux agent API: answers are Monos; spans end in doFinally; export stays with the batch processor. */
@RestController
public class RealisticAppReactiveAgentAnswers {
  public record Question(String text) {}

  public record Answer(String text, int tokens) {}

  interface ReactiveAgent {
    Mono<Answer> answer(String question);

    Flux<String> stream(String question);
  }

  private final Tracer tracer;
  private final ReactiveAgent agent;
  private final SdkTracerProvider provider;

  public RealisticAppReactiveAgentAnswers(Tracer tracer, ReactiveAgent agent, SdkTracerProvider provider) {
    this.tracer = tracer;
    this.agent = agent;
    this.provider = provider;
  }

  @PostMapping("/v1/answer")
  public Mono<Answer> answer(@RequestBody Question question) {
    return Mono.defer(() -> {
      Span span = tracer.spanBuilder("agent.answer").startSpan();
      return agent.answer(question.text())
          .timeout(Duration.ofSeconds(30))
          .doOnError(span::recordException)
          .doFinally(signal -> span.end());
    });
  }

  @PostMapping("/v1/stream")
  public Flux<String> stream(@RequestBody Question question) {
    return agent.stream(question.text())
        .doOnComplete(() -> provider.forceFlush())
        .subscribeOn(Schedulers.boundedElastic());
  }

  /** Export "right after the answer": the wait runs on the thread that completed the answer, the event loop. */
  @PostMapping("/v1/answer-exported")
  public Mono<Answer> answerExported(@RequestBody Question question) {
    return agent.answer(question.text())
        .doFinally(signal -> provider.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
  }

  /** A chain the handler subscribes to itself, in the background: not the response. */
  @PostMapping("/v1/warmup")
  public Mono<String> warmup() {
    agent.answer("warm up")
        .doFinally(signal -> provider.forceFlush().join(5, TimeUnit.SECONDS))
        .subscribe();
    return Mono.just("started");
  }
}
