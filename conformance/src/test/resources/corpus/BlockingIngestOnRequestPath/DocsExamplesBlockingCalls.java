package corpus.blockingingestonrequestpath;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.LogRecordProcessor;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.sentry.Sentry;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The blocking forms BlockingIngestOnRequestPath's page lists in its table, each in a handler of its own, written
 * as the page writes them: a wait on a CompletableResultCode (directly or through a local), the close of every
 * listed SDK component, Sentry's flush and close, a registry's close, a latch released by an export's callback and a
 * sleep next to a flush request.
 */
@RestController
class DocsExamplesBlockingCalls {
  private SdkTracerProvider provider;
  private SpanProcessor processor;
  private SpanExporter exporter;
  private OpenTelemetrySdk sdk;
  private SdkMeterProvider meterProvider;
  private SdkLoggerProvider loggerProvider;
  private LogRecordProcessor logProcessor;
  private MetricReader reader;
  private MeterRegistry registry;

  @PostMapping("/docs/processor-shutdown")
  String flagsProcessorShutdownJoined() {
    processor.shutdown().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- processor.shutdown().join() blocks request handler 'flagsProcessorShutdownJoined'
    return "ok";
  }

  @PostMapping("/docs/export")
  String flagsExportJoined(Collection<SpanData> spans) {
    exporter.export(spans).join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/result-local")
  String flagsJoinOnALocalHoldingTheResult() {
    CompletableResultCode result = provider.forceFlush();
    result.join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/sdk-getter")
  String flagsJoinThroughTheSdkComponentGetter() {
    sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/close-sdk")
  String flagsCloseOfTheSdk() {
    sdk.close(); // tracelint-expect: BlockingIngestOnRequestPath -- sdk.close() blocks request handler 'flagsCloseOfTheSdk'
    return "ok";
  }

  @PostMapping("/docs/close-meter-provider")
  String flagsCloseOfTheMeterProvider() {
    meterProvider.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/close-logger-provider")
  String flagsCloseOfTheLoggerProvider() {
    loggerProvider.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/close-log-processor")
  String flagsCloseOfALogRecordProcessor() {
    logProcessor.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/close-reader")
  String flagsCloseOfAMetricReader() throws java.io.IOException {
    reader.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/close-exporter")
  String flagsCloseOfASpanExporter() {
    exporter.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/sentry-flush")
  String flagsSentryFlush() {
    Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'flagsSentryFlush'
    return "ok";
  }

  @PostMapping("/docs/sentry-scopes")
  String flagsFlushOfTheCurrentScopes() {
    Sentry.getCurrentScopes().flush(2000); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/registry-close")
  String flagsCloseOfTheInjectedRegistry() {
    registry.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/latch")
  String flagsLatchReleasedByTheExportCallback() throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    exporter.flush().whenComplete(latch::countDown);
    latch.await(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/sleep-after")
  String flagsSleepRightAfterAFlushRequest() throws InterruptedException {
    provider.forceFlush();
    Thread.sleep(500); // tracelint-expect: BlockingIngestOnRequestPath -- Thread.sleep() next to provider.forceFlush() blocks request handler 'flagsSleepRightAfterAFlushRequest'
    return "ok";
  }

  @PostMapping("/docs/sleep-before")
  String flagsSleepRightBeforeAFlushRequest() throws InterruptedException {
    Thread.sleep(500); // tracelint-expect: BlockingIngestOnRequestPath
    provider.forceFlush();
    return "ok";
  }

  @PostMapping("/docs/if-present")
  String flagsJoinInAnIfPresentLambda() {
    Optional.ofNullable(provider).ifPresent(p -> p.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/refund")
  String refund() {
    flushTraces(); // tracelint-expect: BlockingIngestOnRequestPath -- flushTraces() reaches provider.close(), which blocks request handler 'refund' until telemetry is sent
    return "refunded";
  }

  private void flushTraces() {
    provider.close();
  }

  @GetMapping("/docs/request-only")
  String acceptsForceFlushNotWaitedOn() {
    provider.forceFlush();
    return "ok";
  }

  @GetMapping("/docs/shutdown-only")
  String acceptsShutdownNotWaitedOn() {
    processor.shutdown();
    return "ok";
  }

  @GetMapping("/docs/export-only")
  String acceptsExportNotWaitedOn(Collection<SpanData> spans) {
    exporter.export(spans);
    exporter.flush();
    return "ok";
  }

  @GetMapping("/docs/callback-only")
  String acceptsFlushGivenOnlyACallback() {
    provider.forceFlush().whenComplete(() -> registry.counter("flushed").increment());
    return "ok";
  }

  @GetMapping("/docs/sleep-apart")
  String acceptsSleepNotRightNextToAFlushRequest(String question) throws InterruptedException {
    provider.forceFlush();
    String answer = question.trim();
    Thread.sleep(500);
    return answer;
  }

  @GetMapping("/docs/suppressed-local")
  String acceptsSuppressedLocalDeclaration() {
    @SuppressWarnings("BlockingIngestOnRequestPath")
    boolean ok = provider.forceFlush().join(5, TimeUnit.SECONDS).isSuccess();
    return String.valueOf(ok);
  }

  @GetMapping("/docs/poll")
  String acceptsPollingLoopOnTheResult() throws InterruptedException {
    CompletableResultCode result = provider.forceFlush();
    while (!result.isDone()) Thread.sleep(10);
    return "ok";
  }

  @GetMapping("/docs/ask")
  String acceptsEarlyExportThatNeverWaits() {
    exportNow();
    return "ok";
  }

  private void exportNow() {
    CompletableResultCode export = provider.forceFlush();
    export.whenComplete(() -> {
      if (!export.isSuccess()) {
        registry.counter("failed.exports").increment();
      }
    });
  }
}

/**
 * The page's waits written by hand, in the other forms it names: a future completed by the flush's callback, a
 * latch released through a local holding the result, TimeUnit's sleep and a helper that sleeps next to a flush.
 */
@RestController
class DocsExamplesHandWrittenWaits {
  private SdkTracerProvider provider;
  private SpanExporter exporter;

  @PostMapping("/docs/future-completed")
  String flagsFutureCompletedByTheFlushCallback() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    provider.forceFlush().whenComplete(() -> done.complete(null));
    done.get(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/latch-through-local")
  String flagsLatchReleasedThroughALocalResult() throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    CompletableResultCode flush = exporter.flush();
    flush.whenComplete(latch::countDown);
    latch.await(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/timeunit-sleep")
  String flagsTimeUnitSleepRightAfterAFlushRequest() throws InterruptedException {
    provider.forceFlush();
    TimeUnit.SECONDS.sleep(1); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/docs/sleeping-helper")
  String flagsHelperThatSleepsRightAfterAFlushRequest() throws InterruptedException {
    provider.forceFlush();
    pause(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @GetMapping("/docs/sleeping-helper-apart")
  String acceptsHelperThatSleepsAwayFromAFlush(String question) throws InterruptedException {
    pause();
    return question.trim();
  }

  @GetMapping("/docs/own-latch")
  String acceptsWaitOnALatchNoTelemetryCallbackReleases(CountDownLatch ready) throws InterruptedException {
    provider.forceFlush();
    ready.await(5, TimeUnit.SECONDS);
    return "ok";
  }

  private void pause() throws InterruptedException {
    Thread.sleep(200);
  }
}
