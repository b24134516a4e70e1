package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Callbacks of the asynchronous value a handler returns run as its response is produced or completes: a wait on
 * telemetry there makes the response wait (doOnSuccess, map, whenComplete) or holds the thread that completed it,
 * usually the event loop (doFinally). subscribeOn/publishOn only move the wait to another thread; the response still
 * waits. A chain the handler does not return (subscribed and left), a callback that only requests a flush, and the
 * same chain built outside a handler are not flagged.
 */
@RestController
class ResponseCallbacks {
  private SdkTracerProvider provider;

  @GetMapping("/answer")
  Mono<String> flagsJoinInDoFinallyOfTheReturnedMono() {
    return Mono.just("answer")
        .doFinally(signal -> provider.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'flagsJoinInDoFinallyOfTheReturnedMono'
  }

  @GetMapping("/local")
  Mono<String> flagsCallbackOfAReturnedLocal() {
    Mono<String> answer = Mono.fromCallable(() -> "answer")
        .subscribeOn(Schedulers.boundedElastic())
        .doOnSuccess(value -> Sentry.flush(1000)); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'flagsCallbackOfAReturnedLocal'
    return answer;
  }

  @GetMapping("/helper")
  Mono<String> flagsCallbackCallingAHelperThatWaits() {
    return Mono.just("answer").doFinally(signal -> {
      exportNow(); // tracelint-expect: BlockingIngestOnRequestPath -- exportNow() reaches provider.close()
    });
  }

  @GetMapping("/future")
  CompletableFuture<String> flagsWhenCompleteOfTheReturnedFuture() {
    return CompletableFuture.completedFuture("answer")
        .whenComplete((value, error) -> Sentry.flush(1000)); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'flagsWhenCompleteOfTheReturnedFuture'
  }

  @GetMapping("/requested")
  Mono<String> acceptsCallbackThatOnlyRequestsAFlush() {
    return Mono.just("answer").doFinally(signal -> provider.forceFlush());
  }

  @GetMapping("/detached")
  String acceptsChainSubscribedAndLeft() {
    Mono.just("audit").doFinally(signal -> provider.forceFlush().join(5, TimeUnit.SECONDS)).subscribe();
    return "answer";
  }

  @GetMapping("/not-a-callback")
  Mono<String> acceptsLambdaGivenToAnOperatorThatIsNoCallback() {
    return Mono.just("answer").transform(mono -> mono.doFinally(signal -> exportLater()));
  }

  Mono<String> acceptsTheSameChainOutsideAHandler() {
    return Mono.just("answer").doFinally(signal -> provider.forceFlush().join(5, TimeUnit.SECONDS));
  }

  private void exportNow() {
    provider.close();
  }

  private void exportLater() {
    provider.forceFlush();
  }
}
