package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.catalog.PipelineCatalog.ExitKind;
import dev.tracelint.catalog.PipelineCatalog.Unflushed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipelineCatalogTest {
  private static final String OPTION = "ExitBeforeTraceFlush:Pipelines";

  private static PipelineKind kindCreatedBy(PipelineCatalog catalog, String owner, String method) {
    List<PipelineKind> kinds = catalog.creationsNamed(method).stream()
        .filter(match -> match.creation().call().owner().equals(owner))
        .map(PipelineCatalog.Match::kind)
        .collect(Collectors.toList());
    assertEquals(1, kinds.size(), owner + "#" + method);
    return kinds.get(0);
  }

  @Test
  void defaultsKnowTheOpenTelemetryPipelinesAndWhichCompletionsMustBeWaitedOn() {
    PipelineCatalog catalog = PipelineCatalog.defaults();
    PipelineKind sdk = kindCreatedBy(catalog, "io.opentelemetry.sdk.OpenTelemetrySdkBuilder", "build");
    assertEquals(sdk, kindCreatedBy(catalog, "io.opentelemetry.sdk.OpenTelemetrySdkBuilder", "buildAndRegisterGlobal"));
    assertEquals(List.of("close", "shutdown"), sdk.completeMethods());
    assertTrue(sdk.mustBeWaited("shutdown"));
    assertFalse(sdk.mustBeWaited("close"));
    assertEquals(Set.of("setTracerProvider", "setMeterProvider", "setLoggerProvider"), sdk.absorbingMethods());

    PipelineKind tracerProvider = kindCreatedBy(catalog, "io.opentelemetry.sdk.trace.SdkTracerProviderBuilder", "build");
    assertTrue(tracerProvider.mustBeWaited("forceFlush"));
    assertTrue(tracerProvider.absorbingMethods().contains("addSpanProcessor"));
    assertEquals("forceFlush().join(..)", tracerProvider.flushCall());
    assertEquals(kindCreatedBy(catalog, "io.opentelemetry.sdk.trace.export.BatchSpanProcessorBuilder", "build"),
        kindCreatedBy(catalog, "io.opentelemetry.sdk.trace.export.BatchSpanProcessor", "create"));
    assertTrue(kindCreatedBy(catalog, "io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk", "initialize")
        .registersHook());
    assertFalse(sdk.registersHook());
  }

  @Test
  void defaultsKnowBraveAndZipkinSeparately() {
    PipelineCatalog catalog = PipelineCatalog.defaults();
    PipelineKind tracing = kindCreatedBy(catalog, "brave.Tracing.Builder", "build");
    assertEquals(List.of("close"), tracing.completeMethods());
    assertEquals(null, tracing.flushCall(), "a Lambda handler must not close Tracing per invocation");
    PipelineKind handler = kindCreatedBy(catalog, "zipkin2.reporter.brave.AsyncZipkinSpanHandler", "create");
    assertEquals(List.of("close", "flush"), handler.completeMethods());
    assertFalse(handler.mustBeWaited("flush"));
    assertEquals(kindCreatedBy(catalog, "zipkin2.reporter.AsyncReporter", "create"),
        kindCreatedBy(catalog, "zipkin2.reporter.AsyncReporter.Builder", "build"));
    assertTrue(tracing.absorbingMethods().isEmpty(), "closing Tracing does not flush the reporter it reports to");
  }

  @Test
  void parsesAnInHousePipeline() {
    PipelineKind kind = PipelineCatalog.parse(OPTION, " com.example.agent.AgentTelemetry#create : close | flush ");
    assertEquals("AgentTelemetry", kind.noun());
    assertEquals("com.example.agent.AgentTelemetry#create", kind.creations().get(0).call().toString());
    assertEquals(List.of("close", "flush"), kind.completeMethods());
    assertTrue(kind.configured());
    assertFalse(kind.registersHook());

    PipelineCatalog catalog = PipelineCatalog.withUserEntries(OPTION, "com.example.agent.AgentTelemetry#create:close");
    assertEquals(kind.noun(), kindCreatedBy(catalog, "com.example.agent.AgentTelemetry", "create").noun());
    assertEquals(PipelineCatalog.defaults().kinds().size() + 1, catalog.kinds().size(), "options extend the defaults");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "com.example.agent.AgentTelemetry#create",
      "com.example.agent.AgentTelemetry.create:close",
      "com.example.agent.AgentTelemetry#create:",
      "com.example.agent.AgentTelemetry#create:close||flush",
      "com.example.agent.AgentTelemetry#create:close|flush()",
      "com..example.AgentTelemetry#create:close",
      "com.example.agent.AgentTelemetry#create:close:flush"})
  void aMalformedEntryNamesTheOptionAndTheWholeEntry(String entry) {
    CatalogConfigurationException error = assertThrows(CatalogConfigurationException.class,
        () -> PipelineCatalog.withUserEntries(OPTION, "com.example.agent.Ok#create:close," + entry));
    assertEquals(OPTION, error.option());
    assertEquals(entry, error.entry());
    assertTrue(error.getMessage().startsWith("tracelint option " + OPTION + ": invalid entry '" + entry + "'"),
        error.getMessage());
  }

  @Test
  void messagesNameTheVariablesTheExitAndTheRemedy() {
    PipelineCatalog catalog = PipelineCatalog.defaults();
    PipelineKind sdk = kindCreatedBy(catalog, "io.opentelemetry.sdk.OpenTelemetrySdkBuilder", "build");
    PipelineKind handler = kindCreatedBy(catalog, "zipkin2.reporter.brave.AsyncZipkinSpanHandler", "create");
    PipelineKind auto = kindCreatedBy(catalog, "io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk",
        "initialize");

    assertEquals("OpenTelemetry SDK 'sdk' is not flushed before System.exit(): call sdk.close() first, or register a "
            + "shutdown hook that closes it; System.exit() runs no finally block",
        PipelineCatalog.message(ExitKind.EXIT, "System.exit()", List.of(new Unflushed(sdk, "sdk", "build"))));
    assertEquals("OpenTelemetry SDK 'sdk' and Zipkin span handler 'handler' are not flushed on every path out of "
            + "main: call sdk.close() and handler.close() in a finally block, or register a shutdown hook that closes "
            + "them and waits",
        PipelineCatalog.message(ExitKind.MAIN, null,
            List.of(new Unflushed(sdk, "sdk", "build"), new Unflushed(handler, "handler", "create"))));
    assertEquals("auto-configured OpenTelemetry SDK 'autoSdk' is not flushed before Runtime.halt(): call "
            + "autoSdk.getOpenTelemetrySdk().close() first; halt() runs no shutdown hook and no finally block",
        PipelineCatalog.message(ExitKind.HALT, "Runtime.halt()", List.of(new Unflushed(auto, "autoSdk", "build"))));
    assertEquals("Zipkin span handler 'HANDLER' is not flushed before handleRequest returns: call HANDLER.flush() in "
            + "a finally block; the Lambda environment is frozen after the return and runs no shutdown hook",
        PipelineCatalog.message(ExitKind.HANDLER, null, List.of(new Unflushed(handler, "HANDLER", "create"))));
    assertEquals("OpenTelemetry SDK built by buildAndRegisterGlobal() is not flushed on every path out of main: call "
            + "close() on it (keep it in a variable) in a finally block, or register a shutdown hook that closes it "
            + "and waits",
        PipelineCatalog.message(ExitKind.MAIN, null, List.of(new Unflushed(sdk, null, "buildAndRegisterGlobal"))));
  }

  @Test
  void exitCallsAreNamedAsWritten() {
    assertEquals(Set.of("System.exit()", "Runtime.exit()", "Runtime.halt()"),
        PipelineCatalog.exitCalls().keySet().stream().map(PipelineCatalog::exitCallText).collect(Collectors.toSet()));
    assertEquals(ExitKind.HALT, PipelineCatalog.exitCalls().get(MethodRef.parse("test", "java.lang.Runtime#halt")));
  }
}
