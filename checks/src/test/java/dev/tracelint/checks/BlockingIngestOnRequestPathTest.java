package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What only the Error Prone face does: read its {@code -XepOpt} flags, fail the compilation on a malformed entry and
 * honour {@code @SuppressWarnings}. What the rule flags and accepts is pinned once, for both engines, by the corpus
 * {@code conformance/src/test/resources/corpus/BlockingIngestOnRequestPath/}.
 */
class BlockingIngestOnRequestPathTest {

  /** The in-house SDK of the option tests: it has no artifact, so it is a hand-written stub. */
  private static final String[] AGENT_TRACER = {
    "com/example/agent/AgentTracer.java",
    """
    package com.example.agent;

    import java.util.concurrent.CompletableFuture;

    public class AgentTracer {
      public void flush() {}

      public CompletableFuture<Void> flushAsync() {
        return CompletableFuture.completedFuture(null);
      }

      public void record(String name) {}
    }
    """
  };

  /**
   * A configured call blocks by itself, unless it returns a future: then, as Error Prone sees the return type, only a
   * wait on that future blocks.
   */
  @Test
  void flagsConfiguredBlockingCallsAndWaitsOnTheirFutures() {
    CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
        .setArgs("-XepOpt:BlockingIngestOnRequestPath:BlockingCalls=com.example.agent.AgentTracer#flush,"
            + "com.example.agent.AgentTracer#flushAsync")
        .addSourceLines(AGENT_TRACER[0], AGENT_TRACER[1])
        .addSourceLines(
            "AgentController.java",
            """
            import com.example.agent.AgentTracer;
            import java.util.concurrent.CompletableFuture;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class AgentController {
              private AgentTracer tracer;

              @PostMapping("/ask")
              String ask() throws Exception {
                tracer.record("ask");
                // BUG: Diagnostic contains: tracer.flush() blocks request handler 'ask'
                tracer.flush();
                // BUG: Diagnostic contains: tracer.flushAsync().get() blocks request handler 'ask'
                tracer.flushAsync().get();
                CompletableFuture<Void> pending = tracer.flushAsync();
                // BUG: Diagnostic contains: pending.join() blocks request handler 'ask'
                pending.join();
                tracer.flushAsync();
                CompletableFuture<Void> kept = tracer.flushAsync();
                CompletableFuture.supplyAsync(() -> "x").join();
                return "answer";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsMethodsOfConfiguredHandlerAnnotations() {
    CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
        .setArgs("-XepOpt:BlockingIngestOnRequestPath:HandlerAnnotations=com.example.web.Route")
        .addSourceLines(
            "com/example/web/Route.java",
            """
            package com.example.web;

            public @interface Route {
              String value();
            }
            """)
        .addSourceLines(
            "Routes.java",
            """
            import com.example.web.Route;
            import io.sentry.Sentry;

            class Routes {
              @Route("/ping")
              String ping() {
                // BUG: Diagnostic contains: Sentry.flush() blocks request handler 'ping'
                Sentry.flush(500);
                return "pong";
              }

              String notARoute() {
                Sentry.flush(500);
                return "";
              }
            }
            """)
        .doTest();
  }

  @Test
  void failsTheCompilationWithAMessageNamingTheMalformedEntry() {
    AssertionError failure = assertThrows(AssertionError.class, () ->
        CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
            .setArgs("-XepOpt:BlockingIngestOnRequestPath:BlockingCalls=com.example.agent.AgentTracer.flush")
            .addSourceLines("A.java", "class A {}")
            .expectNoDiagnostics()
            .doTest());
    String message = failure.getMessage();
    assertTrue(message.contains("error: [BlockingIngestOnRequestPath]"), message);
    assertTrue(message.contains("BlockingIngestOnRequestPath:BlockingCalls"), message);
    assertTrue(message.contains("'com.example.agent.AgentTracer.flush'"), message);
    assertFalse(message.contains("An exception has occurred in the compiler"), message);
  }

  @Test
  void honoursSuppressWarningsOnTheHandler() {
    CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
        .addSourceLines(
            "Admin.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Admin {
              private SdkTracerProvider provider;

              @SuppressWarnings("BlockingIngestOnRequestPath")
              @PostMapping("/internal/flush")
              String flush() {
                provider.forceFlush().join(30, TimeUnit.SECONDS);
                return "flushed";
              }

              @PostMapping("/internal/close")
              String close() {
                // BUG: Diagnostic contains: provider.close() blocks request handler 'close'
                provider.close();
                return "closed";
              }
            }
            """)
        .doTest();
  }
}
