package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** A streaming endpoint that requests a flush when the stream ends, without waiting on it. */
@RestController
public class RealisticCleanReactiveHandler {
  interface Model {
    Flux<String> stream(String prompt);
  }

  private final Model model;
  private final SdkTracerProvider tracerProvider;

  RealisticCleanReactiveHandler(Model model, SdkTracerProvider tracerProvider) {
    this.model = model;
    this.tracerProvider = tracerProvider;
  }

  @GetMapping("/stream")
  public Flux<String> stream(@RequestParam String prompt) {
    return model.stream(prompt).doFinally(signal -> tracerProvider.forceFlush());
  }

  @GetMapping("/stream/count")
  public Flux<Integer> lengths(@RequestParam String prompt) {
    return model.stream(prompt).map(String::length);
  }

  @GetMapping("/stream/words")
  public Flux<String> words(@RequestParam String prompt) {
    return model.stream(prompt)
        .flatMap(chunk -> Flux.fromArray(chunk.split("\\s+")))
        .filter(word -> !word.isBlank())
        .doOnComplete(() -> tracerProvider.forceFlush());
  }
}
