package dev.tracelint.checks;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import org.junit.jupiter.api.Test;

/** UnclosedTrace's suggested fixes, compared as exact text. */
class UnclosedTraceFixTest {
  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(UnclosedTrace.class, getClass());

  @Test
  void addsFinallyToTheTryThatEndsOnTheNormalPathOnly() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = span.makeCurrent()) {
                  work();
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = span.makeCurrent()) {
                  work();
                } finally {
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void addsFinallyAfterExistingCatches() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import brave.Span;
            import brave.Tracer;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.nextSpan().name("step").start();
                try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
                  work();
                  span.finish();
                } catch (RuntimeException e) {
                  span.error(e);
                  throw e;
                }
              }

              void work() {}
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import brave.Span;
            import brave.Tracer;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.nextSpan().name("step").start();
                try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
                  work();
                } catch (RuntimeException e) {
                  span.error(e);
                  throw e;
                } finally {
                  span.finish();
                }
              }

              void work() {}
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void wrapsFollowingStatementsAndMovesTheEndIntoFinally() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String step(Tracer tracer, String input) {
                Span span = tracer.spanBuilder("step").startSpan();
                if (input == null) {
                  return "";
                }
                work(input);
                // the end call moves; this comment and the blank line stay

                span.end();
                return input;
              }

              void work(String input) {}
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String step(Tracer tracer, String input) {
                Span span = tracer.spanBuilder("step").startSpan();
                try {
                  if (input == null) {
                    return "";
                  }
                  work(input);
                } finally {
                  span.end();
                }
                // the end call moves; this comment and the blank line stay

                return input;
              }

              void work(String input) {}
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void wrapsAndAddsTheMissingEnd() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import brave.ScopedSpan;
            import brave.Tracer;

            class Agent {
              void step(Tracer tracer) {
                ScopedSpan span = tracer.startScopedSpan("step");
                span.tag("agent", "planner");
                work();
              }

              void work() {}
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import brave.ScopedSpan;
            import brave.Tracer;

            class Agent {
              void step(Tracer tracer) {
                ScopedSpan span = tracer.startScopedSpan("step");
                try {
                  span.tag("agent", "planner");
                  work();
                } finally {
                  span.finish();
                }
              }

              void work() {}
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void turnsAScopeIntoTryWithResources() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Span span) {
                Scope scope = span.makeCurrent();
                work();
                scope.close();
                work();
              }

              void work() {}
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Span span) {
                try (Scope scope = span.makeCurrent()) {
                  work();
                }
                work();
              }

              void work() {}
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void offersNoFixWhenAWrappedDeclarationIsUsedAfterTheEnd() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                String answer = compute();
                span.end();
                return answer;
              }

              String compute() {
                return "";
              }
            }
            """)
        .expectUnchanged()
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void offersNoFixWhenTheSpanIsUsedAfterItsEnd() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                work();
                span.end();
                span.isRecording();
              }

              void work() {}
            }
            """)
        .expectUnchanged()
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void offersNoFixForNestedEndsOrOwnerEndedSegments() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import com.amazonaws.xray.AWSXRay;
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void branches(Tracer tracer, boolean ok) {
                Span span = tracer.spanBuilder("step").startSpan();
                work();
                if (ok) {
                  span.end();
                } else {
                  span.end();
                }
              }

              void segment() {
                AWSXRay.beginSegment("agent");
                work();
                AWSXRay.endSegment();
              }

              void work() {}
            }
            """)
        .expectUnchanged()
        .doTest(TestMode.TEXT_MATCH);
  }
}
