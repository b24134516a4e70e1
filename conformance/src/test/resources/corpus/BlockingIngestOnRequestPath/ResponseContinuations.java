package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What the callback of flatMap, delayUntil, zipWhen or thenCompose returns is subscribed to (or waited for) as part
 * of the response, so the callbacks of that inner chain make the response wait too. The value of a doOnNext or
 * whenComplete callback is not: a future started there runs beside the response.
 */
@RestController
public class ResponseContinuations {
  interface Model {
    Mono<String> complete(String prompt);

    CompletableFuture<String> ask(String prompt);
  }

  private final Model model;
  private final SdkTracerProvider tracerProvider;
  private final Executor housekeeping;

  ResponseContinuations(Model model, SdkTracerProvider tracerProvider, Executor housekeeping) {
    this.model = model;
    this.tracerProvider = tracerProvider;
    this.housekeeping = housekeeping;
  }

  @PostMapping("/flat-map")
  public Mono<String> flagsWaitInTheChainAFlatMapReturns(@RequestBody String prompt) {
    return model.complete(prompt).flatMap(answer -> Mono.fromCallable(() -> {
      tracerProvider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      return answer;
    }));
  }

  @PostMapping("/delay-until")
  public Mono<String> flagsWaitTheResponseIsDelayedUntil(@RequestBody String prompt) {
    return model.complete(prompt)
        .delayUntil(answer -> Mono.fromRunnable(() -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS))); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @PostMapping("/zip-when")
  public Mono<String> flagsWaitInAZipWhenSource(@RequestBody String prompt) {
    return model.complete(prompt).zipWhen(
        answer -> Mono.fromSupplier(() -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS).isSuccess()), // tracelint-expect: BlockingIngestOnRequestPath
        (answer, exported) -> answer);
  }

  @PostMapping("/then-compose")
  public CompletableFuture<String> flagsWaitInAFutureThenComposeReturns(@RequestBody String prompt) {
    return model.ask(prompt).thenCompose(answer -> CompletableFuture.supplyAsync(() -> {
      tracerProvider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      return answer;
    }, housekeeping));
  }

  @PostMapping("/flat-map/request-only")
  public Mono<String> acceptsFlushRequestedInTheInnerChain(@RequestBody String prompt) {
    return model.complete(prompt).flatMap(answer -> Mono.fromRunnable(() -> tracerProvider.forceFlush())
        .thenReturn(answer));
  }

  @PostMapping("/do-on-next/beside")
  public Mono<String> acceptsWaitInAFutureStartedBesideTheResponse(@RequestBody String prompt) {
    return model.complete(prompt)
        .doOnNext(answer -> CompletableFuture.runAsync(
            () -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS), housekeeping));
  }

  @PostMapping("/when-complete/beside")
  public CompletableFuture<String> acceptsWaitInAFutureAWhenCompleteStarts(@RequestBody String prompt) {
    return model.ask(prompt).whenComplete((answer, error) -> CompletableFuture.supplyAsync(
        () -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS), housekeeping));
  }

  @PostMapping("/flat-map/submitted")
  public Mono<String> acceptsWaitSubmittedFromAFlatMap(@RequestBody String prompt) {
    return model.complete(prompt).flatMap(answer -> {
      housekeeping.execute(() -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS));
      return Mono.just(answer);
    });
  }

  @PostMapping("/flat-map/subscribed-apart")
  public Mono<String> acceptsInnerChainSubscribedApart(@RequestBody String prompt) {
    return model.complete(prompt).flatMap(answer -> {
      Mono.fromRunnable(() -> tracerProvider.forceFlush().join(5, TimeUnit.SECONDS)).subscribe();
      return Mono.just(answer);
    });
  }
}
