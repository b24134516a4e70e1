package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What is specific to UnclosedTrace's Error Prone face: the report position, {@code @SuppressWarnings}, the
 * {@code StartMethods} option, and not crashing on odd code. What the rule flags and accepts is pinned once, for every
 * engine, by the agreement corpus ({@code conformance/src/test/resources/corpus/UnclosedTrace/}); the fixes by
 * {@link UnclosedTraceFixTest}. The in-house SDK is a stub, as it has no artifact.
 */
class UnclosedTraceTest {
  private final CompilationTestHelper helper = CompilationTestHelper.newInstance(UnclosedTrace.class, getClass());

  private static final String AGENT_TRACER =
      """
      package com.example.agent;

      public interface AgentTracer {
        AgentTrace startTrace(String name);
      }
      """;

  private static final String AGENT_TRACE =
      """
      package com.example.agent;

      public interface AgentTrace {
        AgentStep startStep(String name);

        void end();
      }
      """;

  private static final String AGENT_STEP =
      """
      package com.example.agent;

      public interface AgentStep {
        void log(String event);

        void end();

        void fail(Throwable error);
      }
      """;

  private static final String IN_HOUSE_OPTION =
      "-XepOpt:UnclosedTrace:StartMethods="
          + "com.example.agent.AgentTracer#startTrace:end,com.example.agent.AgentTrace#startStep:end|fail";

  @Test
  void reportsMultiLineBuilderChainOnTheStartSpanLine() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.common.AttributeKey;
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.SpanKind;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                Span span =
                    tracer
                        .spanBuilder("step")
                        .setSpanKind(SpanKind.INTERNAL)
                        .setAttribute(AttributeKey.stringKey("agent"), "planner")
                        // BUG: Diagnostic contains: span 'span'
                        .startSpan();
                work();
                span.end();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  /** Declares an in-house tracer whose steps are ended through the tracer ({@code #finishStep}). */
  static final String OWNER_ENDED_OPTION = "-XepOpt:UnclosedTrace:StartMethods=Agent.StepTracer#beginStep:#finishStep";

  /** A dropped step of that tracer: reported here, and left without a fix by UnclosedTraceFixTest. */
  static final String DROPPED_OWNER_ENDED_STEP =
      """
      class Agent {
        static class StepTracer {
          Object beginStep(String name) {
            return name;
          }

          void finishStep(Object step) {}
        }

        void plan(StepTracer tracer) {
          // BUG: Diagnostic contains: call StepTracer.finishStep(..) in a finally block
          tracer.beginStep("plan");
          work();
        }

        void work() {}
      }
      """;

  @Test
  void reportsADroppedInHouseStepEndedThroughItsTracer() {
    helper.setArgs(OWNER_ENDED_OPTION).addSourceLines("Agent.java", DROPPED_OWNER_ENDED_STEP).doTest();
  }

  @Test
  void honoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              @SuppressWarnings("UnclosedTrace")
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                work();
                span.end();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Library by library

  @Test
  void startMethodsOptionAddsAnInHouseSdkToTheDefaults() {
    helper
        .setArgs(IN_HOUSE_OPTION)
        .addSourceLines("com/example/agent/AgentTracer.java", AGENT_TRACER)
        .addSourceLines("com/example/agent/AgentTrace.java", AGENT_TRACE)
        .addSourceLines("com/example/agent/AgentStep.java", AGENT_STEP)
        .addSourceLines(
            "com/example/agent/Planner.java",
            """
            package com.example.agent;

            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Planner {
              void plan(AgentTracer tracer) {
                // BUG: Diagnostic contains: trace 'trace' is not ended on every path: call trace.end() in a finally block
                AgentTrace trace = tracer.startTrace("plan");
                // BUG: Diagnostic contains: step 'step' is not ended on every path: call step.end() in a finally block
                AgentStep step = trace.startStep("search");
                callTool();
                step.end();
                trace.end();
              }

              void endedByAnyConfiguredEndMethod(AgentTracer tracer) {
                AgentTrace trace = tracer.startTrace("plan");
                try {
                  AgentStep step = trace.startStep("search");
                  try {
                    callTool();
                    step.end();
                  } catch (Throwable t) {
                    step.fail(t);
                    throw t;
                  }
                } finally {
                  trace.end();
                }
              }

              void failFast(AgentTrace trace) {
                AgentStep step = trace.startStep("validate");
                step.log("validated");
                step.fail(null);
              }

              void defaultsStay(Tracer otel) {
                // BUG: Diagnostic contains: span 'span'
                Span span = otel.spanBuilder("plan").startSpan();
                callTool();
                span.end();
              }

              void callTool() {}
            }
            """)
        .doTest();
  }

  @Test
  void ignoresInHouseSdkWithoutTheOption() {
    helper
        .addSourceLines("com/example/agent/AgentTracer.java", AGENT_TRACER)
        .addSourceLines("com/example/agent/AgentTrace.java", AGENT_TRACE)
        .addSourceLines("com/example/agent/AgentStep.java", AGENT_STEP)
        .addSourceLines(
            "com/example/agent/Planner.java",
            """
            package com.example.agent;

            class Planner {
              void plan(AgentTracer tracer) {
                AgentTrace trace = tracer.startTrace("plan");
                callTool();
                trace.end();
              }

              void callTool() {}
            }
            """)
        .doTest();
  }

  @Test
  void failsTheCompilationWithAMessageNamingTheMalformedEntry() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                helper
                    .setArgs(
                        "-XepOpt:UnclosedTrace:StartMethods=com.example.agent.AgentTracer#startTrace:end,"
                            + "com.example.agent.AgentTrace#startStep")
                    .addSourceLines("Agent.java", "class Agent {}")
                    .expectNoDiagnostics()
                    .doTest());
    String message = failure.getMessage();
    assertTrue(message.contains("error: [UnclosedTrace]"), message);
    assertTrue(
        message.contains(
            "tracelint option UnclosedTrace:StartMethods: invalid entry 'com.example.agent.AgentTrace#startStep'"),
        message);
    assertTrue(!message.contains("An exception has occurred in the compiler"), message);
  }

  @Test
  void survivesDeeplyNestedCode() {
    int depth = 150;
    StringBuilder source =
        new StringBuilder(
            "import io.opentelemetry.api.trace.Span;\n"
                + "import io.opentelemetry.api.trace.Tracer;\n"
                + "class Deep {\n"
                + "  void step(Tracer tracer, boolean c) {\n"
                + "    Span outer = tracer.spanBuilder(\"outer\").startSpan();\n");
    for (int i = 0; i < depth; i++) {
      source.append("    if (c) {\n");
    }
    source.append("    outer.end();\n");
    for (int i = 0; i < depth; i++) {
      source.append("    }\n");
    }
    source.append("  }\n}\n");
    // Past the walk's depth limit the verdict is "no finding", and nothing throws.
    helper.addSourceLines("Deep.java", source.toString()).doTest();
  }
}
