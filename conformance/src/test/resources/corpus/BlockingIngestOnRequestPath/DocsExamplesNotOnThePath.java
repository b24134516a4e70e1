package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What BlockingIngestOnRequestPath's page says is not on a request path, or not a wait on telemetry: work given to
 * an executor, a new thread or runAsync, a chain the handler subscribes to itself, a latch something else releases,
 * an @Async helper of another bean, a helper a class of the same file overrides, a call through an interface, a
 * mapping outside a controller. The returned chains the page names (flatMap into fromCallable, thenCompose into
 * supplyAsync) are part of the response and are flagged, and so is a controller's own @Scheduled method called on
 * itself, which runs inline.
 */
@RestController
class DocsExamplesNotOnThePath {
  private SdkTracerProvider provider;
  private ExecutorService executor;
  private ExecutorService workers;
  private DocsTelemetryFlusher flusher;
  private DocsAsyncExporter asyncExporter;

  @PostMapping("/docs/executor")
  String acceptsWaitGivenToAnExecutor() {
    executor.execute(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
    return "ok";
  }

  @PostMapping("/docs/run-async")
  String acceptsWaitInRunAsync() {
    CompletableFuture.runAsync(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
    return "ok";
  }

  @PostMapping("/docs/thread")
  String acceptsWaitInANewThread() {
    new Thread(() -> provider.forceFlush().join(5, TimeUnit.SECONDS)).start();
    return "ok";
  }

  @PostMapping("/docs/subscribed")
  String acceptsChainTheHandlerSubscribesToItself(Mono<String> mono) {
    mono.doFinally(signal -> provider.forceFlush().join(5, TimeUnit.SECONDS)).subscribe();
    return "ok";
  }

  @GetMapping("/docs/transform")
  Mono<String> acceptsLambdaOfANonCallbackOperator(Mono<String> answer) {
    return answer.transform(m -> {
      provider.forceFlush().join(5, TimeUnit.SECONDS);
      return m;
    });
  }

  @PostMapping("/docs/workers-latch")
  String acceptsLatchReleasedByAWorker() throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    provider.forceFlush();
    workers.execute(latch::countDown);
    latch.await(5, TimeUnit.SECONDS);
    return "ok";
  }

  @PostMapping("/docs/interface")
  String acceptsFlushBehindAnInterface() {
    flusher.flushAndWait();
    return "ok";
  }

  @PostMapping("/docs/async-helper")
  String acceptsAsyncHelperOfAnInjectedBean() {
    asyncExporter.exportLater();
    return "ok";
  }

  @PostMapping("/docs/overridden")
  String acceptsHelperThatAClassOfTheFileOverrides() {
    settle();
    return "ok";
  }

  protected void settle() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }

  @GetMapping("/docs/flat-map")
  Mono<String> flagsWaitInACallableTheReturnedChainFlatMapsInto(Mono<String> question) {
    return question.flatMap(a -> Mono.fromCallable(() -> provider.forceFlush().join(5, TimeUnit.SECONDS).isSuccess() ? a : "")); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @GetMapping("/docs/then-compose")
  CompletableFuture<String> flagsWaitInASupplierTheReturnedFutureComposes(CompletableFuture<String> question) {
    return question.thenCompose(a -> CompletableFuture.supplyAsync(() -> provider.forceFlush().join(5, TimeUnit.SECONDS).isSuccess() ? a : "")); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @PreDestroy
  void acceptsCloseInPreDestroyOfAController() {
    provider.close();
  }

  @Scheduled(fixedDelay = 60_000)
  void acceptsJoinInAScheduledMethodOfAController() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }

  @EventListener(ContextClosedEvent.class)
  void acceptsJoinInAnEventListenerOfAController() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }

  static void acceptsCloseInAStaticMethodOfAController(SdkTracerProvider shared) {
    shared.close();
  }

  @PostMapping("/docs/scheduled-helper")
  String flagsCallOfItsOwnScheduledMethod() {
    acceptsJoinInAScheduledMethodOfAController(); // tracelint-expect: BlockingIngestOnRequestPath -- acceptsJoinInAScheduledMethodOfAController() reaches provider.forceFlush().join()
    return "ok";
  }

  @GetMapping("/docs/close")
  String flagsDirectCloseBesideTheExemptions() {
    provider.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }
}

class DocsExamplesNotOnThePathSubclass extends DocsExamplesNotOnThePath {
  @Override
  protected void settle() {}
}

interface DocsTelemetryFlusher {
  void flushAndWait();
}

@Service
class DocsAsyncExporter {
  private SdkTracerProvider provider;

  @Async
  void exportLater() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }
}

/** Spring mapping annotations outside a controller type do not make a handler. */
class DocsMappingOutsideAController {
  private SdkTracerProvider provider;

  @GetMapping("/docs/not-a-controller")
  String acceptsMappingOutsideAController() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
    return "ok";
  }
}
