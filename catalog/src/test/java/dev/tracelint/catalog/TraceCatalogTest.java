package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TraceCatalogTest {
  private static final String OPTION = "UnclosedTrace:StartMethods";

  private static TraceLifecycle only(TraceCatalog catalog, String owner, String method) {
    List<TraceLifecycle> matches =
        catalog.startsNamed(method).stream()
            .filter(lifecycle -> lifecycle.start().owner().equals(owner))
            .collect(Collectors.toList());
    assertEquals(1, matches.size(), owner + "#" + method + " in " + catalog.startsNamed(method));
    return matches.get(0);
  }

  @Test
  void defaultsCoverEveryLibraryWithTheRightEnds() {
    TraceCatalog catalog = TraceCatalog.defaults();
    assertEquals(List.of("end"), only(catalog, "io.opentelemetry.api.trace.SpanBuilder", "startSpan").endMethods());
    assertEquals(
        List.of("finish", "abandon", "flush"), only(catalog, "brave.Span", "start").endMethods());
    assertEquals(List.of("finish"), only(catalog, "brave.Tracer", "startScopedSpan").endMethods());
    assertEquals(List.of("stop"), only(catalog, "io.micrometer.observation.Observation", "start").endMethods());
    assertEquals(List.of("end"), only(catalog, "io.micrometer.tracing.Span", "start").endMethods());
    assertEquals(List.of("finish"), only(catalog, "io.opentracing.Tracer.SpanBuilder", "start").endMethods());
    assertEquals(List.of("finish"), only(catalog, "io.sentry.Sentry", "startTransaction").endMethods());
    assertEquals(List.of("finish"), only(catalog, "io.sentry.ISpan", "startChild").endMethods());
    assertEquals(List.of("end"), only(catalog, "co.elastic.apm.api.ElasticApm", "startTransaction").endMethods());
    assertEquals(List.of("end"), only(catalog, "co.elastic.apm.api.Span", "startSpan").endMethods());
    assertEquals(List.of("endSegment"), only(catalog, "com.amazonaws.xray.AWSXRay", "beginSegment").endMethods());
    assertEquals(
        List.of("endSubsegment"), only(catalog, "com.amazonaws.xray.AWSXRayRecorder", "beginSubsegment").endMethods());
  }

  @Test
  void defaultsClassifyScopesValuesAndOwnerEndedSegments() {
    TraceCatalog catalog = TraceCatalog.defaults();
    for (String owner :
        List.of("io.opentelemetry.api.trace.Span", "io.opentelemetry.context.Context",
            "io.opentelemetry.api.baggage.Baggage", "io.sentry.ISpan")) {
      TraceLifecycle scope = only(catalog, owner, "makeCurrent");
      assertEquals(EndStyle.CLOSE_SCOPE, scope.style());
      assertEquals("scope", scope.noun());
      assertEquals(List.of("close"), scope.endMethods());
    }
    assertEquals(EndStyle.CLOSE_SCOPE, only(catalog, "brave.Tracer", "withSpanInScope").style());
    assertEquals(EndStyle.CLOSE_SCOPE, only(catalog, "brave.propagation.CurrentTraceContext", "newScope").style());
    assertEquals(EndStyle.CLOSE_SCOPE, only(catalog, "io.micrometer.observation.Observation", "openScope").style());
    assertEquals(EndStyle.CLOSE_SCOPE, only(catalog, "io.opentracing.Tracer", "activateSpan").style());
    assertEquals(EndStyle.CLOSE_SCOPE, only(catalog, "co.elastic.apm.api.Span", "activate").style());
    assertEquals(EndStyle.END_VALUE, only(catalog, "io.opentelemetry.api.trace.SpanBuilder", "startSpan").style());
    assertEquals(EndStyle.END_ON_OWNER, only(catalog, "com.amazonaws.xray.AWSXRay", "beginSubsegment").style());
  }

  @Test
  void startsNamedIsTheCheapFirstFilter() {
    TraceCatalog catalog = TraceCatalog.defaults();
    assertEquals(List.of(), catalog.startsNamed("current"));
    assertEquals(List.of(), catalog.startsNamed("fromContext"));
    assertEquals(List.of(), catalog.startsNamed("nextSpan"));
    assertEquals(List.of(), catalog.startsNamed("currentSpan"));
    assertEquals(4, catalog.startsNamed("start").size(), catalog.startsNamed("start").toString());
    assertTrue(catalog.startMethodNames().containsAll(List.of("startSpan", "makeCurrent", "beginSegment", "start")));
    for (TraceLifecycle lifecycle : catalog.lifecycles()) {
      assertTrue(catalog.startsNamed(lifecycle.start().method()).contains(lifecycle), lifecycle.toString());
    }
  }

  @Test
  void nestedOwnersKeepTheirBinaryName() {
    MethodRef start = only(TraceCatalog.defaults(), "io.opentracing.Tracer.SpanBuilder", "start").start();
    assertEquals("io.opentracing.Tracer$SpanBuilder", start.ownerBinaryName());
    assertEquals("SpanBuilder", start.ownerSimpleName());
  }

  @Test
  void ownerEndedLifecyclesAlsoEndOnClose() {
    TraceLifecycle segment = only(TraceCatalog.defaults(), "com.amazonaws.xray.AWSXRay", "beginSegment");
    assertTrue(segment.isEndMethod("endSegment"));
    assertTrue(segment.isEndMethod("close"));
    assertFalse(segment.isEndMethod("end"));
    TraceLifecycle span = only(TraceCatalog.defaults(), "io.opentelemetry.api.trace.SpanBuilder", "startSpan");
    assertTrue(span.isEndMethod("end"));
    assertFalse(span.isEndMethod("close"));
  }

  @Test
  void userEntriesExtendTheDefaults() {
    TraceCatalog catalog =
        TraceCatalog.withUserEntries(
            OPTION,
            " com.example.agent.AgentTracer#startTrace:end , com.example.agent.AgentTrace#startStep:end | fail,"
                + "com.example.agent.AgentTracer#openContext:close");
    int defaults = TraceCatalog.defaults().lifecycles().size();
    assertEquals(defaults + 3, catalog.lifecycles().size());
    assertEquals(TraceCatalog.defaults().lifecycles(), catalog.lifecycles().subList(0, defaults));

    TraceLifecycle trace = only(catalog, "com.example.agent.AgentTracer", "startTrace");
    assertEquals(List.of("end"), trace.endMethods());
    assertEquals(EndStyle.END_VALUE, trace.style());
    assertEquals("trace", trace.noun());

    TraceLifecycle step = only(catalog, "com.example.agent.AgentTrace", "startStep");
    assertEquals(List.of("end", "fail"), step.endMethods());
    assertEquals("step", step.noun());
    assertEquals("end", step.primaryEndMethod());
    assertTrue(step.isEndMethod("fail"));

    TraceLifecycle scope = only(catalog, "com.example.agent.AgentTracer", "openContext");
    assertEquals(EndStyle.CLOSE_SCOPE, scope.style());
    assertEquals("scope", scope.noun());
  }

  @Test
  void endsMarkedWithAHashAreCalledOnTheOwner() {
    TraceLifecycle step = only(
        TraceCatalog.withUserEntries(OPTION, "com.example.agent.StepTracer#beginStep:#finishStep|#failStep"),
        "com.example.agent.StepTracer", "beginStep");
    assertEquals(EndStyle.END_ON_OWNER, step.style());
    assertEquals(List.of("finishStep", "failStep"), step.endMethods());
    assertTrue(step.endArgumentsUnknown());
    assertEquals("step 'current' is not ended on every path: call StepTracer.finishStep(..) in a finally block",
        step.message("current"));
    // The catalogue's own owner-ended segments keep the call they are ended with.
    assertFalse(TraceCatalog.defaults().startsNamed("beginSegment").get(0).endArgumentsUnknown());
  }

  @Test
  void userEntriesMayShareAStartNameWithTheDefaults() {
    TraceCatalog catalog = TraceCatalog.withUserEntries(OPTION, "com.example.agent.Run#start:finish");
    assertEquals(5, catalog.startsNamed("start").size());
    assertEquals("com.example.agent.Run", catalog.startsNamed("start").get(4).start().owner());
  }

  @Test
  void absentOrBlankOptionMeansDefaults() {
    int defaults = TraceCatalog.defaults().lifecycles().size();
    assertEquals(defaults, TraceCatalog.withUserEntries(OPTION, null).lifecycles().size());
    assertEquals(defaults, TraceCatalog.withUserEntries(OPTION, "  ").lifecycles().size());
    assertEquals(defaults, TraceCatalog.withUserEntries(OPTION, " , ").lifecycles().size());
  }

  @Test
  void nounsFollowTheStartMethodName() {
    assertEquals("trace", TraceLifecycle.nounOf("startTrace"));
    assertEquals("step", TraceLifecycle.nounOf("beginStep"));
    assertEquals("toolCall", TraceLifecycle.nounOf("openToolCall"));
    assertEquals("run", TraceLifecycle.nounOf("newRun"));
    assertEquals("span", TraceLifecycle.nounOf("start"));
    assertEquals("span", TraceLifecycle.nounOf("started"));
    assertEquals("span", TraceLifecycle.nounOf("trace"));
  }

  @Test
  void malformedEntriesAreRejectedNamingTheWholeEntry() {
    List<String> malformed =
        List.of(
            "com.example.agent.AgentTracer#startTrace",
            "com.example.agent.AgentTracer#startTrace:",
            "com.example.agent.AgentTracer#startTrace:end|",
            "com.example.agent.AgentTracer#startTrace:|end",
            "com.example.agent.AgentTracer#startTrace:end||fail",
            "com.example.agent.AgentTracer#startTrace:end|  |fail",
            "com.example.agent.AgentTracer#startTrace:en-d",
            "com.example.agent.AgentTracer#startTrace:end:fail",
            "com.example.agent.AgentTracer:end",
            "#startTrace:end",
            "com.example..AgentTracer#startTrace:end",
            "com.example.agent.AgentTracer#1start:end",
            "com.example.agent.AgentTracer#start#Trace:end",
            "com.example.agent.StepTracer#beginStep:#finishStep|failStep",
            "com.example.agent.StepTracer#beginStep:finishStep|#failStep",
            "com.example.agent.StepTracer#beginStep:#",
            "com.example.agent.StepTracer#beginStep:##finishStep");
    for (String bad : malformed) {
      CatalogConfigurationException e =
          assertThrows(
              CatalogConfigurationException.class,
              () -> TraceCatalog.withUserEntries(OPTION, "com.example.agent.Ok#startRun:end," + bad),
              bad);
      assertEquals(bad, e.entry());
      assertEquals(OPTION, e.option());
      assertTrue(e.getMessage().startsWith("tracelint option " + OPTION + ": invalid entry '" + bad + "': "), e.getMessage());
      assertFalse(e.problem().isBlank(), bad);
    }
  }

  @Test
  void messagesNameTheVariableAndTheMissingEndCall() {
    TraceCatalog catalog = TraceCatalog.withUserEntries(OPTION, "com.example.agent.AgentTrace#startStep:end|fail");
    TraceLifecycle span = only(catalog, "io.opentelemetry.api.trace.SpanBuilder", "startSpan");
    assertEquals("span 'span' is not ended on every path: call span.end() in a finally block", span.message("span"));
    assertEquals(
        "span started by startSpan() is not ended on every path: call end() in a finally block", span.message(null));

    TraceLifecycle scope = only(catalog, "io.opentelemetry.api.trace.Span", "makeCurrent");
    assertEquals(
        "scope 'scope' is not closed on every path: open it in try-with-resources or call scope.close() in a finally"
            + " block",
        scope.message("scope"));
    assertEquals(
        "scope started by makeCurrent() is not closed on every path: open it in try-with-resources or call close() in"
            + " a finally block",
        scope.message(null));

    TraceLifecycle segment = only(catalog, "com.amazonaws.xray.AWSXRay", "beginSegment");
    assertEquals(
        "segment started by beginSegment() is not ended on every path: call AWSXRay.endSegment() in a finally block",
        segment.message(null));
    assertEquals(
        "segment 'segment' is not ended on every path: call AWSXRay.endSegment() in a finally block",
        segment.message("segment"));

    TraceLifecycle observation = only(catalog, "io.micrometer.observation.Observation", "start");
    assertEquals(
        "observation 'obs' is not ended on every path: call obs.stop() in a finally block", observation.message("obs"));

    TraceLifecycle step = only(catalog, "com.example.agent.AgentTrace", "startStep");
    assertEquals("step 'step' is not ended on every path: call step.end() in a finally block", step.message("step"));
  }

  @Test
  void messagesNeverSuggestTryWithResourcesForSpans() {
    for (TraceLifecycle lifecycle : TraceCatalog.defaults().lifecycles()) {
      boolean mentionsResources = lifecycle.message("x").contains("try-with-resources");
      assertEquals(lifecycle.style() == EndStyle.CLOSE_SCOPE, mentionsResources, lifecycle.toString());
    }
  }

  @Test
  void lifecycleRequiresAnEndMethod() {
    MethodRef start = new MethodRef("a.B", "start");
    assertThrows(IllegalArgumentException.class, () -> new TraceLifecycle(start, List.of(), EndStyle.END_VALUE, "x"));
    assertNull(TraceCatalog.defaults().startsNamed("end").stream().findFirst().orElse(null));
  }

  @Test
  void datadogLlmObservabilitySpansEndWithFinish() {
    TraceCatalog catalog = TraceCatalog.defaults();
    for (String start : List.of("startLLMSpan", "startAgentSpan", "startToolSpan", "startTaskSpan",
        "startWorkflowSpan", "startEmbeddingSpan", "startRetrievalSpan")) {
      TraceLifecycle lifecycle = only(catalog, "datadog.trace.api.llmobs.LLMObs", start);
      assertEquals(List.of("finish"), lifecycle.endMethods());
      assertEquals(EndStyle.END_VALUE, lifecycle.style());
    }
  }

  @Test
  void onlySentrysActivationIsUndoneByItsSpan() {
    TraceCatalog catalog = TraceCatalog.defaults();
    assertTrue(only(catalog, "io.sentry.ISpan", "makeCurrent").undoneByItsSpan());
    assertFalse(only(catalog, "io.opentelemetry.api.trace.Span", "makeCurrent").undoneByItsSpan());
    assertFalse(only(catalog, "brave.Tracer", "withSpanInScope").undoneByItsSpan());
    MethodRef start = MethodRef.parse(OPTION, "a.B#c");
    assertThrows(IllegalArgumentException.class,
        () -> new TraceLifecycle(start, List.of("end"), EndStyle.END_VALUE, "span", true));
  }

  @Test
  void tracingApiTypesAreKnownByPackage() {
    assertTrue(TraceCatalog.isTracingApiType("io.opentelemetry.api.trace.Span"));
    assertTrue(TraceCatalog.isTracingApiType("io.opentelemetry.api.baggage.Baggage"));
    assertTrue(TraceCatalog.isTracingApiType("io.opentelemetry.context.Context"));
    assertTrue(TraceCatalog.isTracingApiType("brave.propagation.TraceContext"));
    assertTrue(TraceCatalog.isTracingApiType("io.micrometer.observation.Observation.Context"));
    assertTrue(TraceCatalog.isTracingApiType("io.sentry.ISpan"));
    assertTrue(TraceCatalog.isTracingApiType("datadog.trace.api.llmobs.LLMObsSpan"));
    assertFalse(TraceCatalog.isTracingApiType("io.opentelemetry.sdk.trace.SdkTracerProvider"));
    assertFalse(TraceCatalog.isTracingApiType("io.sentry.spring.jakarta.tracing.SentrySpanAdvice"));
    assertFalse(TraceCatalog.isTracingApiType("brave.http.HttpTracing"));
    assertFalse(TraceCatalog.isTracingApiType("com.example.Span"));
    assertFalse(TraceCatalog.isTracingApiType(null));
  }
}
