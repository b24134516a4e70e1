package dev.tracelint.checks;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnclosedTraceTest {
  private final CompilationTestHelper helper = CompilationTestHelper.newInstance(UnclosedTrace.class, getClass());

  @Test
  void flagsEndOnHappyPathOnly() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path: call span.end() in a finally block
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = span.makeCurrent()) {
                  work();
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }
}
