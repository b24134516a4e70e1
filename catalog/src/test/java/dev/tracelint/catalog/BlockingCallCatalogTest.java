package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.catalog.BlockingCallCatalog.Kind;
import dev.tracelint.catalog.BlockingCallCatalog.TelemetryCall;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BlockingCallCatalogTest {

  @Test
  void forceFlushIsAsynchronousButCloseBlocks() {
    BlockingCallCatalog catalog = BlockingCallCatalog.defaults();
    assertEquals(Kind.ASYNC, kindOf(catalog, "io.opentelemetry.sdk.trace.SdkTracerProvider", "forceFlush"));
    assertEquals(Kind.ASYNC, kindOf(catalog, "io.opentelemetry.sdk.trace.SdkTracerProvider", "shutdown"));
    assertEquals(Kind.BLOCKING, kindOf(catalog, "io.opentelemetry.sdk.trace.SdkTracerProvider", "close"));
    assertEquals(Kind.ASYNC, kindOf(catalog, "io.opentelemetry.sdk.trace.export.SpanExporter", "export"));
    assertEquals(Kind.BLOCKING, kindOf(catalog, "io.opentelemetry.sdk.OpenTelemetrySdk", "close"));
    assertNull(kindOf(catalog, "io.opentelemetry.sdk.OpenTelemetrySdk", "forceFlush"), "OpenTelemetrySdk has none");
  }

  @Test
  void knowsSentryBraveZipkinAndMicrometer() {
    BlockingCallCatalog catalog = BlockingCallCatalog.defaults();
    assertEquals(Kind.BLOCKING, kindOf(catalog, "io.sentry.Sentry", "flush"));
    assertEquals(Kind.BLOCKING, kindOf(catalog, "io.sentry.IScopes", "flush"));
    assertEquals(Kind.BLOCKING, kindOf(catalog, "io.sentry.IHub", "flush"));
    assertEquals(Kind.BLOCKING, kindOf(catalog, "zipkin2.reporter.AsyncReporter", "flush"));
    assertEquals(Kind.BLOCKING, kindOf(catalog, "brave.Tracing", "close"));
    assertEquals(Kind.BLOCKING, kindOf(catalog, "io.micrometer.core.instrument.MeterRegistry", "close"));
    assertTrue(catalog.callsNamed("report").isEmpty(), "reporting a span never blocks");
  }

  @Test
  void knowsThreadWaitsTheirReleasesAndWhichOnlySleep() {
    assertTrue(BlockingCallCatalog.threadWaits().contains(new MethodRef("java.util.concurrent.CountDownLatch", "await")));
    assertTrue(BlockingCallCatalog.releases().contains(
        new MethodRef("java.util.concurrent.CountDownLatch", "countDown")));
    assertTrue(BlockingCallCatalog.isSleep("sleep"));
    assertFalse(BlockingCallCatalog.isSleep("await"));
    // The pre-filter lets a unit whose only wait is a sleep or a latch through.
    assertTrue(BlockingCallCatalog.defaults().mayBlock("sleep"));
    assertTrue(BlockingCallCatalog.defaults().mayBlock("await"));
    assertEquals("Thread.sleep() next to provider.forceFlush()",
        BlockingCallCatalog.describeSleepBeside("Thread.sleep()", "provider.forceFlush()"));
    assertEquals("GET() route", BlockingCallCatalog.routeHandlerName("GET"));
  }

  @Test
  void addsConfiguredCallsAsBlockingEntries() {
    BlockingCallCatalog catalog = BlockingCallCatalog.withUserEntries("Rule:BlockingCalls",
        "com.example.agent.AgentTracer#flush, com.example.agent.AgentTracer#flushAsync");
    TelemetryCall flush = catalog.callsNamed("flush").stream()
        .filter(call -> call.method().owner().equals("com.example.agent.AgentTracer")).findFirst().orElseThrow();
    assertEquals(Kind.BLOCKING, flush.kind());
    assertTrue(flush.configured());
    assertEquals(1, catalog.callsNamed("flushAsync").size());
    assertTrue(catalog.calls().containsAll(BlockingCallCatalog.defaults().calls()), "defaults are kept");
  }

  @Test
  void rejectsMalformedEntryNamingIt() {
    CatalogConfigurationException e = assertThrows(CatalogConfigurationException.class,
        () -> BlockingCallCatalog.withUserEntries("BlockingIngestOnRequestPath:BlockingCalls", "a.B#c, AgentTracer.flush"));
    assertEquals("AgentTracer.flush", e.entry());
    assertTrue(e.getMessage().contains("BlockingIngestOnRequestPath:BlockingCalls"), e.getMessage());
  }

  @Test
  void waitsAreJoinAndGet() {
    assertTrue(BlockingCallCatalog.isWaitName("join"));
    assertTrue(BlockingCallCatalog.isWaitName("get"));
    assertFalse(BlockingCallCatalog.isWaitName("whenComplete"));
    assertEquals(List.of("io.opentelemetry.sdk.common.CompletableResultCode#join", "java.util.concurrent.Future#get",
        "java.util.concurrent.CompletableFuture#join"),
        BlockingCallCatalog.waits().stream().map(MethodRef::toString).collect(Collectors.toList()));
  }

  @Test
  void classifiesUnresolvedOtelSdkTypesByMethodName() {
    assertEquals(Kind.BLOCKING, BlockingCallCatalog.otelSdkKind("io.opentelemetry.sdk.trace.export.BatchSpanProcessor", "close"));
    assertEquals(Kind.ASYNC, BlockingCallCatalog.otelSdkKind("io.opentelemetry.sdk.trace.export.BatchSpanProcessor", "forceFlush"));
    assertEquals(Kind.ASYNC,
        BlockingCallCatalog.otelSdkKind("io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter", "export"));
    assertNull(BlockingCallCatalog.otelSdkKind("io.opentelemetry.sdk.trace.SdkTracerProvider", "get"));
    assertNull(BlockingCallCatalog.otelSdkKind("io.opentelemetry.api.trace.Span", "end"));
    assertNull(BlockingCallCatalog.otelSdkKind(null, "close"));
  }

  /**
   * Only OpenTelemetrySdk's three component getters are mapped. Another getter of it has no close() or forceFlush()
   * in real code (so the corpus cannot show it), and a getter of the same name on another type is not the SDK's.
   */
  @Test
  void mapsOnlyTheComponentGettersOfOpenTelemetrySdk() {
    String sdk = "io.opentelemetry.sdk.OpenTelemetrySdk";
    assertEquals("io.opentelemetry.sdk.trace.SdkTracerProvider",
        BlockingCallCatalog.otelSdkComponentType(sdk, "getSdkTracerProvider"));
    assertEquals("io.opentelemetry.sdk.metrics.SdkMeterProvider",
        BlockingCallCatalog.otelSdkComponentType(sdk, "getSdkMeterProvider"));
    assertEquals("io.opentelemetry.sdk.logs.SdkLoggerProvider",
        BlockingCallCatalog.otelSdkComponentType(sdk, "getSdkLoggerProvider"));
    assertNull(BlockingCallCatalog.otelSdkComponentType(sdk, "getPropagators"));
    assertNull(BlockingCallCatalog.otelSdkComponentType("com.example.metrics.Registry", "getSdkTracerProvider"));
    assertNull(BlockingCallCatalog.otelSdkComponentType(null, "getSdkTracerProvider"));
  }

  @Test
  void mapsSentrysStaticScopeGettersAndTheSdkComponents() {
    assertEquals("io.sentry.IScopes", BlockingCallCatalog.getterResultType("io.sentry.Sentry", "getCurrentScopes"));
    assertEquals("io.sentry.IHub", BlockingCallCatalog.getterResultType("io.sentry.Sentry", "getCurrentHub"));
    assertEquals("io.opentelemetry.sdk.trace.SdkTracerProvider",
        BlockingCallCatalog.getterResultType("io.opentelemetry.sdk.OpenTelemetrySdk", "getSdkTracerProvider"));
    assertNull(BlockingCallCatalog.getterResultType("io.sentry.Sentry", "getSpan"));
    assertNull(BlockingCallCatalog.getterResultType("com.example.Sentry", "getCurrentScopes"));
    assertNull(BlockingCallCatalog.getterResultType(null, "getCurrentScopes"));
  }

  @Test
  void onlyTheSdkResultIsWaitedOnWhateverProducedIt() {
    List<String> alwaysTelemetry = BlockingCallCatalog.waits().stream()
        .filter(BlockingCallCatalog::isWaitOnTelemetryResult).map(MethodRef::toString).collect(Collectors.toList());
    assertEquals(List.of("io.opentelemetry.sdk.common.CompletableResultCode#join"), alwaysTelemetry);
  }

  @Test
  void preFiltersCallsByNameWithoutTypes() {
    BlockingCallCatalog catalog = BlockingCallCatalog.withUserEntries("Rule:BlockingCalls",
        "com.example.agent.AgentTracer#drain");
    for (String name : List.of("close", "forceFlush", "shutdown", "export", "flush", "join", "get", "drain")) {
      assertTrue(catalog.mayBlock(name), name);
    }
    assertFalse(catalog.mayBlock("whenComplete"));
    assertFalse(BlockingCallCatalog.defaults().mayBlock("drain"), "configured names only where configured");
  }

  @Test
  void buildsTheSameSentenceForBothEngines() {
    String call = BlockingCallCatalog.describeWait(BlockingCallCatalog.describeCall("tracerProvider", "forceFlush"), "join");
    assertEquals("tracerProvider.forceFlush().join()", call);
    assertEquals("close()", BlockingCallCatalog.describeCall(null, "close"));
    assertEquals("tracerProvider.forceFlush().join() blocks request handler 'checkout' until telemetry is sent: "
        + "flush asynchronously or let the batch processor do it; never wait on telemetry while serving a request",
        BlockingCallCatalog.message(call, "checkout"));
    assertEquals("flushTraces() reaches Sentry.flush(), which blocks request handler 'checkout' until telemetry is "
        + "sent: flush asynchronously or let the batch processor do it; never wait on telemetry while serving a request",
        BlockingCallCatalog.helperMessage("flushTraces", "Sentry.flush()", "checkout"));
  }

  private static Kind kindOf(BlockingCallCatalog catalog, String owner, String method) {
    return catalog.callsNamed(method).stream()
        .filter(call -> call.method().owner().equals(owner))
        .map(TelemetryCall::kind)
        .findFirst()
        .orElse(null);
  }
}
