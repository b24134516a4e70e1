package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Waits for telemetry written by hand: a latch, semaphore or future released by a flush's callback and waited on,
 * and a sleep next to a flush request, to let the exporter send (itself or in a helper). A sleep with no flush request
 * beside it, a synchronizer released by other work, and a flush whose callback only counts failures are not waits
 * for telemetry.
 */
@RestController
class TelemetryWaits {
  private SdkTracerProvider provider;
  private SpanExporter exporter;
  private ExecutorService workers;

  @PostMapping("/latch")
  String flagsLatchAwaitedAfterAFlushCallback() throws InterruptedException {
    CountDownLatch exported = new CountDownLatch(1);
    exporter.flush().whenComplete(exported::countDown);
    exported.await(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- exported.await() blocks request handler 'flagsLatchAwaitedAfterAFlushCallback'
    return "ok";
  }

  @PostMapping("/semaphore")
  String flagsSemaphoreReleasedInAFlushCallback() throws InterruptedException {
    Semaphore done = new Semaphore(0);
    CompletableResultCode flush = provider.forceFlush();
    flush.whenComplete(() -> done.release());
    done.acquire(); // tracelint-expect: BlockingIngestOnRequestPath -- done.acquire() blocks request handler 'flagsSemaphoreReleasedInAFlushCallback'
    return "ok";
  }

  @PostMapping("/future")
  String flagsFutureCompletedByAFlushCallback()
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture<Void> sent = new CompletableFuture<>();
    provider.forceFlush().whenComplete(() -> sent.complete(null));
    sent.get(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- sent.get() blocks request handler 'flagsFutureCompletedByAFlushCallback'
    return "ok";
  }

  @PostMapping("/sleep")
  String flagsSleepRightAfterAFlushRequest() throws InterruptedException {
    provider.forceFlush();
    Thread.sleep(500); // tracelint-expect: BlockingIngestOnRequestPath -- Thread.sleep() next to provider.forceFlush() blocks request handler 'flagsSleepRightAfterAFlushRequest'
    return "ok";
  }

  @PostMapping("/sleep-before")
  String flagsSleepRightBeforeAFlushRequest() throws InterruptedException {
    TimeUnit.MILLISECONDS.sleep(200); // tracelint-expect: BlockingIngestOnRequestPath -- sleep() next to exporter.flush()
    exporter.flush();
    return "ok";
  }

  @PostMapping("/pause")
  String flagsHelperThatSleepsAfterAFlushRequest() throws InterruptedException {
    provider.forceFlush();
    pauseForExport(); // tracelint-expect: BlockingIngestOnRequestPath -- pauseForExport() reaches Thread.sleep() next to provider.forceFlush()
    return "ok";
  }

  @PostMapping("/helper")
  String flagsHelperThatRequestsAndSleeps() throws InterruptedException {
    flushAndWait(); // tracelint-expect: BlockingIngestOnRequestPath -- flushAndWait() reaches Thread.sleep() next to provider.forceFlush()
    return "ok";
  }

  @PostMapping("/throttle")
  String acceptsSleepWithNoFlushBesideIt() throws InterruptedException {
    provider.forceFlush();
    String answer = "ok";
    Thread.sleep(100);
    return answer;
  }

  @PostMapping("/span")
  String acceptsSleepAfterEndingASpan(Span span) throws InterruptedException {
    span.end();
    Thread.sleep(100);
    return "ok";
  }

  @PostMapping("/work")
  String acceptsLatchReleasedByOtherWork() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    provider.forceFlush();
    workers.execute(done::countDown);
    done.await(5, TimeUnit.SECONDS);
    return "ok";
  }

  @PostMapping("/count")
  String acceptsFlushWhoseCallbackOnlyCounts() {
    CountDownLatch failures = new CountDownLatch(3);
    CompletableResultCode flush = provider.forceFlush();
    flush.whenComplete(() -> {
      if (!flush.isSuccess()) {
        failures.countDown();
      }
    });
    return "ok";
  }

  @PostMapping("/pause-alone")
  String acceptsHelperThatSleepsWithNoFlushBesideIt() throws InterruptedException {
    pauseForExport();
    return "ok";
  }

  @PostMapping("/background")
  String acceptsLatchAwaitedInABackgroundTask() {
    CountDownLatch exported = new CountDownLatch(1);
    exporter.flush().whenComplete(exported::countDown);
    workers.execute(() -> {
      try {
        exported.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    return "ok";
  }

  void acceptsSleepNextToAFlushOutsideAHandler() throws InterruptedException {
    provider.forceFlush();
    Thread.sleep(500);
  }

  private void pauseForExport() throws InterruptedException {
    Thread.sleep(1000);
  }

  private void flushAndWait() throws InterruptedException {
    provider.forceFlush();
    Thread.sleep(1000);
  }
}
