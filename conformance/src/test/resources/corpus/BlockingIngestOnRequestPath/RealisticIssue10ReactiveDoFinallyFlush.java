package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A WebFlux completion controller that tries to make sure each request's spans are exported. */
@RestController
public class RealisticIssue10ReactiveDoFinallyFlush {
  interface ReactiveModel {
    Mono<String> complete(String prompt);

    Flux<String> stream(String prompt);
  }

  private final ReactiveModel model;
  private final SdkTracerProvider tracerProvider;

  RealisticIssue10ReactiveDoFinallyFlush(ReactiveModel model, SdkTracerProvider tracerProvider) {
    this.model = model;
    this.tracerProvider = tracerProvider;
  }

  @PostMapping("/complete")
  public Mono<String> complete(@RequestBody String prompt) {
    return model.complete(prompt)
        .doFinally(signal -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @PostMapping("/complete/async-flush")
  public Mono<String> completeAsyncFlush(@RequestBody String prompt) {
    return model.complete(prompt).doFinally(signal -> tracerProvider.forceFlush());
  }

  @PostMapping("/stream")
  public Flux<String> stream(@RequestBody String prompt) {
    return model.stream(prompt).doOnComplete(() -> tracerProvider.forceFlush());
  }
}
