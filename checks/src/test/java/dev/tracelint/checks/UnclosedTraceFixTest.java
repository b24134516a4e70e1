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
  void wrapsOnceForAConditionalWithAStartInEachBranch() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Context;

            class Agent {
              void step(Tracer tracer, Context parent) {
                Span span = parent == null
                    ? tracer.spanBuilder("root").startSpan()
                    : tracer.spanBuilder("child").setParent(parent).startSpan();
                work();
                span.end();
              }

              void work() {}
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Context;

            class Agent {
              void step(Tracer tracer, Context parent) {
                Span span = parent == null
                    ? tracer.spanBuilder("root").startSpan()
                    : tracer.spanBuilder("child").setParent(parent).startSpan();
                try {
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
  void declaresBeforeTheTryAVariableUsedAfterTheEnd() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String step(Tracer tracer, String prompt) {
                Span span = tracer.spanBuilder("step").startSpan();
                final String answer = call(prompt);
                span.end();
                return answer;
              }

              String call(String prompt) {
                return prompt;
              }
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String step(Tracer tracer, String prompt) {
                Span span = tracer.spanBuilder("step").startSpan();
                final String answer;
                try {
                  answer = call(prompt);
                } finally {
                  span.end();
                }
                return answer;
              }

              String call(String prompt) {
                return prompt;
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void keepsEarlyReturnsInsideTheTry() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.Map;

            class Agent {
              String tool(Tracer tracer, Map<String, String> cache, String key) {
                Span span = tracer.spanBuilder("tool").startSpan();
                String cached = cache.get(key);
                if (cached != null) {
                  return cached;
                }
                String result = call(key);
                cache.put(key, result);
                span.end();
                return result;
              }

              String call(String key) {
                return key;
              }
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.Map;

            class Agent {
              String tool(Tracer tracer, Map<String, String> cache, String key) {
                Span span = tracer.spanBuilder("tool").startSpan();
                String result;
                try {
                  String cached = cache.get(key);
                  if (cached != null) {
                    return cached;
                  }
                  result = call(key);
                  cache.put(key, result);
                } finally {
                  span.end();
                }
                return result;
              }

              String call(String key) {
                return key;
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void movesAnEndFollowedByAReturnIntoFinally() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;

            class Agent {
              String step(Tracer tracer, String prompt) {
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = span.makeCurrent()) {
                  String answer = call(prompt);
                  span.setAttribute("answer.length", answer.length());
                  span.end();
                  return answer;
                }
              }

              String call(String prompt) {
                return prompt;
              }
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;

            class Agent {
              String step(Tracer tracer, String prompt) {
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = span.makeCurrent()) {
                  String answer = call(prompt);
                  span.setAttribute("answer.length", answer.length());
                  return answer;
                } finally {
                  span.end();
                }
              }

              String call(String prompt) {
                return prompt;
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void movesAnEndThatOnlyTheCatchMakesIntoFinally() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.StatusCode;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String answer(Tracer tracer, String question) {
                Span span = tracer.spanBuilder("answer").startSpan();
                try {
                  return call(question);
                } catch (RuntimeException e) {
                  span.recordException(e);
                  span.setStatus(StatusCode.ERROR);
                  span.end();
                  throw e;
                }
              }

              String call(String question) {
                return question;
              }
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.StatusCode;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String answer(Tracer tracer, String question) {
                Span span = tracer.spanBuilder("answer").startSpan();
                try {
                  return call(question);
                } catch (RuntimeException e) {
                  span.recordException(e);
                  span.setStatus(StatusCode.ERROR);
                  throw e;
                } finally {
                  span.end();
                }
              }

              String call(String question) {
                return question;
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void declaresBeforeTheScopeAVariableUsedAfterItsClose() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.context.Scope;

            class Agent {
              String plan(Span turn, String goal) {
                Scope scope = turn.makeCurrent();
                String plan = call(goal);
                scope.close();
                return plan;
              }

              String call(String goal) {
                return goal;
              }
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.context.Scope;

            class Agent {
              String plan(Span turn, String goal) {
                String plan;
                try (Scope scope = turn.makeCurrent()) {
                  plan = call(goal);
                }
                return plan;
              }

              String call(String goal) {
                return goal;
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void endsAnXRaySegmentInFinally() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import com.amazonaws.xray.AWSXRay;

            class Agent {
              void segment() {
                AWSXRay.beginSegment("agent");
                work();
                AWSXRay.endSegment();
              }

              void work() {}
            }
            """)
        .addOutputLines(
            "Agent.java",
            """
            import com.amazonaws.xray.AWSXRay;

            class Agent {
              void segment() {
                AWSXRay.beginSegment("agent");
                try {
                  work();
                } finally {
                  AWSXRay.endSegment();
                }
              }

              void work() {}
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void offersNoFixForAnInHouseStepEndedThroughItsTracer() {
    // Declared with #finishStep: the end is called on the tracer, and whether it takes the step is not known.
    helper
        .setArgs(UnclosedTraceTest.OWNER_ENDED_OPTION)
        .addInputLines("Agent.java", UnclosedTraceTest.DROPPED_OWNER_ENDED_STEP)
        .expectUnchanged()
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void offersNoFixWhenAVarDeclarationWouldHaveToMove() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              String step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                var answer = compute();
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
  void offersNoFixAcrossATextBlock() {
    helper
        .addInputLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                work(\"""
                    indented on purpose
                    \""");
                span.end();
              }

              void work(String prompt) {}
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
  void offersNoFixForEndsInBranches() {
    helper
        .addInputLines(
            "Agent.java",
            """
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

              void work() {}
            }
            """)
        .expectUnchanged()
        .doTest(TestMode.TEXT_MATCH);
  }
}
