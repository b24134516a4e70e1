package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A reactive controller streaming model answers. */
@RestController
public class RealisticWebFluxAnswers {
  interface StreamingModel {
    Flux<String> stream(String prompt);

    Mono<String> answer(String prompt);
  }

  private final StreamingModel model;
  private final SdkTracerProvider provider;

  RealisticWebFluxAnswers(StreamingModel model, SdkTracerProvider provider) {
    this.model = model;
    this.provider = provider;
  }

  @GetMapping("/stream")
  public Flux<String> stream(@RequestParam String prompt) {
    return model.stream(prompt).doFinally(signal -> provider.forceFlush());
  }

  @GetMapping("/answer")
  public Mono<String> answer(@RequestParam String prompt) {
    return model.answer(prompt)
        .subscribeOn(Schedulers.boundedElastic())
        .doFinally(signal -> provider.forceFlush().join(2, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @GetMapping("/answer-async")
  public Mono<String> answerAsync(@RequestParam String prompt) {
    model.answer("warmup").doFinally(signal -> provider.forceFlush().join(2, TimeUnit.SECONDS)).subscribe();
    return model.answer(prompt);
  }
}
