package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What is specific to the Error Prone face of ExitBeforeTraceFlush: the {@code Pipelines} option (an in-house client
 * taught by {@code -XepOpt}, whose future-returning flush must be waited on), a malformed entry failing the build, and
 * suppression. The rule's shapes are judged in both engines by the shared corpus
 * ({@code conformance/src/test/resources/corpus/ExitBeforeTraceFlush}).
 */
class ExitBeforeTraceFlushTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ExitBeforeTraceFlush.class, getClass());

  /** An in-house telemetry client no catalogue knows; only the option makes it a pipeline. */
  private static final String AGENT_TELEMETRY =
      """
      package com.example.agent;

      import java.util.concurrent.CompletableFuture;

      public final class AgentTelemetry {
        public static AgentTelemetry create(String endpoint) {
          return new AgentTelemetry();
        }

        public void record(String event) {}

        public CompletableFuture<Void> flush() {
          return CompletableFuture.completedFuture(null);
        }

        public void close() {}
      }
      """;

  private static final String PIPELINES_OPTION =
      "-XepOpt:ExitBeforeTraceFlush:Pipelines=com.example.agent.AgentTelemetry#create:close|flush";

  @Test
  void flagsAnInHousePipelineDeclaredByTheOption() {
    helper
        .setArgs(PIPELINES_OPTION)
        .addSourceLines("com/example/agent/AgentTelemetry.java", AGENT_TELEMETRY)
        .addSourceLines(
            "Job.java",
            """
            import com.example.agent.AgentTelemetry;

            class Job {
              public static void main(String[] args) {
                AgentTelemetry telemetry = AgentTelemetry.create("http://collector");
                telemetry.record("started");
                // BUG: Diagnostic contains: AgentTelemetry 'telemetry' is not flushed before System.exit(): call telemetry.close() first
                System.exit(0);
              }
            }
            """)
        .doTest();
  }

  @Test
  void anInHouseFlushThatReturnsAFutureCountsOnlyWhenWaitedOn() {
    helper
        .setArgs(PIPELINES_OPTION)
        .addSourceLines("com/example/agent/AgentTelemetry.java", AGENT_TELEMETRY)
        .addSourceLines(
            "Job.java",
            """
            import com.example.agent.AgentTelemetry;

            class Job {
              static class FlushIgnored {
                public static void main(String[] args) {
                  AgentTelemetry telemetry = AgentTelemetry.create("http://collector");
                  telemetry.record("started");
                  telemetry.flush();
                  // BUG: Diagnostic contains: AgentTelemetry 'telemetry'
                  System.exit(0);
                }
              }

              static class FlushWithCallbackOnly {
                public static void main(String[] args) {
                  AgentTelemetry telemetry = AgentTelemetry.create("http://collector");
                  telemetry.record("started");
                  telemetry.flush().thenRun(() -> telemetry.record("flushed"));
                  // BUG: Diagnostic contains: AgentTelemetry 'telemetry'
                  System.exit(0);
                }
              }

              static class FlushWaited {
                public static void main(String[] args) {
                  AgentTelemetry telemetry = AgentTelemetry.create("http://collector");
                  telemetry.record("started");
                  telemetry.flush().join();
                  System.exit(0);
                }
              }

              static class Closed {
                public static void main(String[] args) {
                  AgentTelemetry telemetry = AgentTelemetry.create("http://collector");
                  try {
                    telemetry.record("started");
                  } finally {
                    telemetry.close();
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void withoutTheOptionAnInHouseClientIsNotAPipeline() {
    helper
        .addSourceLines("com/example/agent/AgentTelemetry.java", AGENT_TELEMETRY)
        .addSourceLines(
            "Job.java",
            """
            import com.example.agent.AgentTelemetry;

            class Job {
              public static void main(String[] args) {
                AgentTelemetry telemetry = AgentTelemetry.create("http://collector");
                telemetry.record("started");
                System.exit(0);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void failsTheCompilationWithAMessageNamingTheMalformedEntry() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                helper
                    .setArgs("-XepOpt:ExitBeforeTraceFlush:Pipelines=com.example.agent.AgentTelemetry#create:close,"
                        + "com.example.agent.AgentTelemetry#create")
                    .addSourceLines("Job.java", "class Job {}")
                    .expectNoDiagnostics()
                    .doTest());
    String message = failure.getMessage();
    assertTrue(message.contains("error: [ExitBeforeTraceFlush]"), message);
    assertTrue(
        message.contains("tracelint option ExitBeforeTraceFlush:Pipelines: invalid entry "
            + "'com.example.agent.AgentTelemetry#create': expected OWNER#createMethod:completeMethod"),
        message);
    assertTrue(!message.contains("An exception has occurred in the compiler"), message);
  }

  @Test
  void honoursSuppressWarningsOnMainAndOnTheClass() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.opentelemetry.sdk.OpenTelemetrySdk;

            class Job {
              static class SuppressedOnMain {
                @SuppressWarnings("ExitBeforeTraceFlush")
                public static void main(String[] args) {
                  OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
                  sdk.getTracer("job");
                  System.exit(1);
                }
              }

              @SuppressWarnings("ExitBeforeTraceFlush")
              static class SuppressedOnClass {
                public static void main(String[] args) {
                  OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
                  work();
                }
              }

              static void work() {}
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void reportsMainAtItsNameBelowItsAnnotations() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.opentelemetry.sdk.OpenTelemetrySdk;

            class Job {
              @Deprecated
              // BUG: Diagnostic contains: OpenTelemetry SDK 'sdk' is not flushed on every path out of main
              public static void main(String[] args) {
                OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
                work();
              }

              static void work() {}
            }
            """)
        .doTest();
  }
}
