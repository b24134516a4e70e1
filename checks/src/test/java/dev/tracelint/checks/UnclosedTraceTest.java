package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * UnclosedTrace's verdicts, shape by shape (OpenTelemetry) and then library by library. Every other test feeds the
 * real libraries from known-apis; only the in-house SDK is a stub, as it has no artifact.
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

  // ---------------------------------------------------------------------------------------------------------------
  // Shapes, with OpenTelemetry

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

  @Test
  void flagsCallBeforeEndWithoutTry() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                work();
                span.end();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsSpanNeverEnded() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("step").startSpan();
                span.setAttribute("agent.step", 1L);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsEndOnlyInCatch() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                try {
                  work();
                } catch (RuntimeException e) {
                  span.recordException(e);
                  span.end();
                  throw e;
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsEndInCatchExceptionAndNormalPath() {
    // catch (RuntimeException) misses Errors: only catch (Throwable) counts as covering every exception.
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                try {
                  work();
                  span.end();
                } catch (RuntimeException e) {
                  span.end();
                  throw e;
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsEndInOneBranchOnly() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, boolean ok) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                if (ok) {
                  span.end();
                } else {
                  span.setAttribute("failed", true);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsEndInSomeSwitchCases() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, int kind) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                switch (kind) {
                  case 1:
                    span.end();
                    break;
                  case 2:
                    span.setAttribute("kind", 2L);
                    break;
                  default:
                    span.end();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsEarlyReturnBeforeEnd() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              int step(Tracer tracer, String input) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                if (input == null) {
                  return -1;
                }
                span.end();
                return 0;
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsBreakAndContinueThatSkipTheEnd() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.List;

            class Agent {
              void steps(Tracer tracer, List<String> inputs, boolean done) {
                for (String input : inputs) {
                  // BUG: Diagnostic contains: span 'span'
                  Span span = tracer.spanBuilder("step").startSpan();
                  if (input == null) {
                    continue;
                  }
                  span.end();
                }
                while (true) {
                  // BUG: Diagnostic contains: span 'other'
                  Span other = tracer.spanBuilder("poll").startSpan();
                  if (done) {
                    break;
                  }
                  other.end();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsThrowBeforeEnd() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, boolean broken) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                if (broken) {
                  throw new IllegalStateException("broken");
                }
                span.end();
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsCallBetweenStartAndTryFinally() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                prepare();
                try {
                  work();
                } finally {
                  span.end();
                }
              }

              void prepare() {}

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsAssignedSpanEndedOnNormalPathOnly() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, boolean child) {
                Span span;
                if (child) {
                  // BUG: Diagnostic contains: span 'span'
                  span = tracer.spanBuilder("child").startSpan();
                } else {
                  // BUG: Diagnostic contains: span 'span'
                  span = tracer.spanBuilder("root").setNoParent().startSpan();
                }
                work();
                span.end();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsScopeClosedOnNormalPathOnly() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.context.Context;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Span span, Context context) {
                // BUG: Diagnostic contains: scope 'scope' is not closed on every path: open it in try-with-resources or call scope.close() in a finally block
                Scope scope = span.makeCurrent();
                work();
                scope.close();
                // BUG: Diagnostic contains: scope 'contextScope'
                Scope contextScope = context.makeCurrent();
                work();
                contextScope.close();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsDiscardedScope() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;

            class Agent {
              void step(Span span) {
                // BUG: Diagnostic contains: scope started by makeCurrent() is not closed on every path
                span.makeCurrent();
              }
            }
            """)
        .doTest();
  }

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

  @Test
  void acceptsEndInFinally() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.StatusCode;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                span.setAttribute("agent.step", 1L);
                try (Scope scope = span.makeCurrent()) {
                  work();
                } catch (RuntimeException e) {
                  span.recordException(e);
                  span.setStatus(StatusCode.ERROR);
                  throw e;
                } finally {
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsStartInsideTryWithEndInFinally() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                Span span = null;
                try {
                  prepare();
                  span = tracer.spanBuilder("step").startSpan();
                  work();
                } finally {
                  if (span != null) {
                    span.end();
                  }
                }
              }

              void prepare() {}

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsScopeInTryWithResources() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.context.Context;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Span span, Context context) {
                try (Scope scope = span.makeCurrent()) {
                  work();
                }
                try (var scope = context.with(span).makeCurrent()) {
                  work();
                }
                Scope later = context.makeCurrent();
                try (later) {
                  work();
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsHandOffs() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.CompletableFuture;

            class Agent {
              private Span current;
              private final List<Span> open = new ArrayList<>();

              Span returned(Tracer tracer) {
                Span span = tracer.spanBuilder("returned").startSpan();
                work();
                return span;
              }

              Span returnedDirectly(Tracer tracer) {
                return tracer.spanBuilder("returned").startSpan();
              }

              void field(Tracer tracer) {
                current = tracer.spanBuilder("field").startSpan();
                Span span = tracer.spanBuilder("field2").startSpan();
                work();
                this.current = span;
              }

              void collection(Tracer tracer, Map<String, Span> byId) {
                Span span = tracer.spanBuilder("listed").startSpan();
                work();
                open.add(span);
                Span mapped = tracer.spanBuilder("mapped").startSpan();
                work();
                byId.put("id", mapped);
              }

              void helper(Tracer tracer) {
                Span span = tracer.spanBuilder("helper").startSpan();
                work();
                endSpan(span, null);
              }

              void callback(Tracer tracer, CompletableFuture<String> reply) {
                Span span = tracer.spanBuilder("async").startSpan();
                reply.whenComplete((value, error) -> span.end());
              }

              void anonymous(Tracer tracer, List<Runnable> later) {
                Span span = tracer.spanBuilder("anon").startSpan();
                later.add(
                    new Runnable() {
                      @Override
                      public void run() {
                        span.end();
                      }
                    });
              }

              void otherVariable(Tracer tracer) {
                Span span = tracer.spanBuilder("alias").startSpan();
                Span alias = span;
                work();
                alias.end();
              }

              void argumentOfStart(Tracer tracer) {
                wrap(tracer.spanBuilder("wrapped").startSpan());
              }

              static void endSpan(Span span, Throwable error) {
                span.end();
              }

              static void wrap(Span span) {}

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsNothingThatCanThrowBetweenStartAndEnd() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.StatusCode;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, String name, int retries) {
                Span span = tracer.spanBuilder("step").startSpan();
                int attempts = retries + 1;
                String label = name;
                span.setAttribute("attempts", attempts);
                span.setAttribute("label", label).setStatus(StatusCode.OK);
                span.addEvent("done");
                if (attempts > 2) {
                  span.setAttribute("slow", true);
                }
                span.end();
              }

              void chained(Tracer tracer) {
                tracer.spanBuilder("instant").startSpan().end();
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsEndInEveryBranchAndEveryCase() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.StatusCode;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void branches(Tracer tracer, boolean ok) {
                Span span = tracer.spanBuilder("step").startSpan();
                if (ok) {
                  span.end();
                } else {
                  span.setStatus(StatusCode.ERROR);
                  span.end();
                }
              }

              void earlyEnd(Tracer tracer, boolean skip) {
                Span span = tracer.spanBuilder("step").startSpan();
                if (skip) {
                  span.end();
                  return;
                }
                span.setAttribute("ran", true);
                span.end();
              }

              void cases(Tracer tracer, int kind) {
                Span span = tracer.spanBuilder("step").startSpan();
                switch (kind) {
                  case 1 -> span.end();
                  case 2 -> {
                    span.setAttribute("kind", 2L);
                    span.end();
                  }
                  default -> span.end();
                }
              }

              void nullGuarded(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                if (span != null) {
                  span.end();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsEndAndRethrowInCatchThrowable() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Tracer tracer) throws Throwable {
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = span.makeCurrent()) {
                  work();
                  span.end();
                } catch (Throwable t) {
                  span.recordException(t);
                  span.end();
                  throw t;
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsSpanPutInScopeThroughTheContext() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Context;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = Context.current().with(span).makeCurrent()) {
                  work();
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsSpansInLoopsEndedInFinally() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.List;

            class Agent {
              void steps(Tracer tracer, List<String> tools) {
                for (String tool : tools) {
                  Span span = tracer.spanBuilder("tool").setAttribute("tool", tool).startSpan();
                  try {
                    if (tool.isEmpty()) {
                      continue;
                    }
                    call(tool);
                  } finally {
                    span.end();
                  }
                }
              }

              void call(String tool) {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsLoopsAndBreaksThatStayBeforeTheEnd() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, int[] scores) {
                Span span = tracer.spanBuilder("score").startSpan();
                int best = 0;
                for (int i = 0; i < scores.length; i++) {
                  if (scores[i] < 0) {
                    break;
                  }
                  if (scores[i] == 0) {
                    continue;
                  }
                  best = scores[i] > best ? scores[i] : best;
                }
                span.setAttribute("best", best);
                span.end();
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsEndCallsWithArgumentsAndChains() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.StatusCode;
            import io.opentelemetry.api.trace.Tracer;
            import java.time.Instant;

            class Agent {
              void timestamped(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                span.setStatus(StatusCode.OK);
                span.end(Instant.now());
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsStartInsideNestedBlockOfATryWithFinally() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, boolean traced) {
                Span span = null;
                try {
                  if (traced) {
                    span = tracer.spanBuilder("step").startSpan();
                  }
                  work();
                } catch (RuntimeException e) {
                  if (span != null) {
                    span.recordException(e);
                  }
                  throw e;
                } finally {
                  if (span != null) {
                    span.end();
                  }
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void ignoresStartsWhoseValueIsNotKept() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.micrometer.observation.Observation;
            import io.micrometer.observation.ObservationRegistry;
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;
            import java.util.Optional;

            class Agent {
              Optional<Span> optional(Tracer tracer) {
                return Optional.of(tracer.spanBuilder("wrapped").startSpan());
              }

              Span conditional(Tracer tracer, boolean traced) {
                return traced ? tracer.spanBuilder("maybe").startSpan() : Span.getInvalid();
              }

              void scopeOfAChain(Tracer tracer) {
                try (Scope scope = tracer.spanBuilder("chained").startSpan().makeCurrent()) {
                  Span.current().end();
                }
              }

              Observation staticStartReturned(ObservationRegistry registry) {
                return Observation.start("returned", registry);
              }
            }
            """)
        .doTest();
  }

  @Test
  void ignoresValuesTheMethodDoesNotOwn() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.SpanContext;
            import io.opentelemetry.context.Context;

            class Agent {
              private Span fieldSpan;

              void step(Span parameter, Context context, SpanContext remote) {
                Span current = Span.current();
                Span fromContext = Span.fromContext(context);
                Span wrapped = Span.wrap(remote);
                Span invalid = Span.getInvalid();
                work();
                current.end();
                fromContext.setAttribute("k", "v");
                wrapped.setAttribute("k", "v");
                invalid.end();
                parameter.setAttribute("k", "v");
                fieldSpan.setAttribute("k", "v");
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsReassignedOrAmbiguousVariablesWithoutFinding() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("first").startSpan();
                work();
                span = Span.getInvalid();
                span.end();
              }

              void loopEnds(Tracer tracer, int n) {
                Span span = tracer.spanBuilder("loop").startSpan();
                for (int i = 0; i < n; i++) {
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void analysesLambdaAndAnonymousClassBodiesOnTheirOwn() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.concurrent.Callable;

            class Agent {
              Runnable leaking(Tracer tracer) {
                return () -> {
                  // BUG: Diagnostic contains: span 'span'
                  Span span = tracer.spanBuilder("task").startSpan();
                  work();
                  span.end();
                };
              }

              Runnable fine(Tracer tracer) {
                return () -> {
                  Span span = tracer.spanBuilder("task").startSpan();
                  try {
                    work();
                  } finally {
                    span.end();
                  }
                };
              }

              Callable<String> anonymous(Tracer tracer) {
                return new Callable<String>() {
                  @Override
                  public String call() {
                    // BUG: Diagnostic contains: span 'span'
                    Span span = tracer.spanBuilder("call").startSpan();
                    String result = compute();
                    span.end();
                    return result;
                  }
                };
              }

              static void work() {}

              static String compute() {
                return "";
              }
            }
            """)
        .doTest();
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
  void flagsBraveSpansAndScopes() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import brave.ScopedSpan;
            import brave.Span;
            import brave.Tracer;
            import brave.Tracer.SpanInScope;
            import brave.propagation.CurrentTraceContext;
            import brave.propagation.TraceContext;

            class Agent {
              void span(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path: call span.finish() in a finally block
                Span span = tracer.nextSpan().name("step").start();
                try (SpanInScope ws = tracer.withSpanInScope(span)) {
                  work();
                  span.finish();
                }
              }

              void startedLater(Tracer tracer) {
                Span span = tracer.nextSpan().name("step");
                // BUG: Diagnostic contains: span 'span'
                span.start();
                work();
                span.finish();
              }

              void scoped(Tracer tracer) {
                // BUG: Diagnostic contains: span 'scoped' is not ended on every path: call scoped.finish()
                ScopedSpan scoped = tracer.startScopedSpan("step");
                work();
                scoped.finish();
              }

              void inScope(Tracer tracer, Span span) {
                // BUG: Diagnostic contains: scope 'ws'
                SpanInScope ws = tracer.withSpanInScope(span);
                work();
                ws.close();
              }

              void contextScope(CurrentTraceContext current, TraceContext context) {
                // BUG: Diagnostic contains: scope 'scope'
                CurrentTraceContext.Scope scope = current.newScope(context);
                work();
                scope.close();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsBraveSpansAndScopesDoneRight() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import brave.ScopedSpan;
            import brave.Span;
            import brave.Tracer;
            import brave.Tracer.SpanInScope;
            import brave.propagation.CurrentTraceContext;
            import brave.propagation.TraceContext;

            class Agent {
              void span(Tracer tracer) {
                Span span = tracer.nextSpan().name("step").start();
                try (SpanInScope ws = tracer.withSpanInScope(span)) {
                  work();
                } catch (RuntimeException | Error e) {
                  span.error(e);
                  throw e;
                } finally {
                  span.finish();
                }
              }

              void abandoned(Tracer tracer, boolean sampled) {
                Span span = tracer.nextSpan().start();
                span.tag("sampled", "no").abandon();
              }

              void scoped(Tracer tracer) {
                ScopedSpan scoped = tracer.startScopedSpan("step");
                try {
                  work();
                } finally {
                  scoped.finish();
                }
              }

              void contextScope(CurrentTraceContext current, TraceContext context) {
                try (CurrentTraceContext.Scope scope = current.maybeScope(context)) {
                  work();
                }
              }

              Span handedOff(Tracer tracer) {
                Span span = tracer.nextSpan();
                span.start();
                return span;
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsMicrometerObservations() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.micrometer.observation.Observation;
            import io.micrometer.observation.ObservationRegistry;

            class Agent {
              void instanceStart(ObservationRegistry registry) {
                // BUG: Diagnostic contains: observation 'observation' is not ended on every path: call observation.stop()
                Observation observation = Observation.createNotStarted("step", registry).start();
                work();
                observation.stop();
              }

              void startedLater(ObservationRegistry registry) {
                Observation observation = Observation.createNotStarted("step", registry);
                // BUG: Diagnostic contains: observation 'observation'
                observation.start();
                try (Observation.Scope scope = observation.openScope()) {
                  work();
                  observation.stop();
                }
              }

              void staticStart(ObservationRegistry registry) {
                // BUG: Diagnostic contains: observation 'observation'
                Observation observation = Observation.start("step", registry);
                work();
                observation.stop();
              }

              void scope(Observation observation) {
                // BUG: Diagnostic contains: scope 'scope'
                Observation.Scope scope = observation.openScope();
                work();
                scope.close();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsMicrometerObservationsDoneRight() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.micrometer.observation.Observation;
            import io.micrometer.observation.ObservationRegistry;

            class Agent {
              void instanceStart(ObservationRegistry registry) {
                Observation observation = Observation.createNotStarted("step", registry).start();
                try (Observation.Scope scope = observation.openScope()) {
                  work();
                } catch (RuntimeException e) {
                  observation.error(e);
                  throw e;
                } finally {
                  observation.stop();
                }
              }

              void staticStart(ObservationRegistry registry) {
                Observation observation = Observation.start("step", registry);
                try {
                  work();
                } finally {
                  observation.stop();
                }
              }

              void wrapper(ObservationRegistry registry) {
                Observation.createNotStarted("step", registry).observe(this::work);
              }

              void notStarted(ObservationRegistry registry) {
                Observation observation = Observation.createNotStarted("step", registry);
                work();
                observation.lowCardinalityKeyValue("k", "v");
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsAndAcceptsMicrometerTracing() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.micrometer.tracing.ScopedSpan;
            import io.micrometer.tracing.Span;
            import io.micrometer.tracing.Tracer;

            class Agent {
              void leaking(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path: call span.end()
                Span span = tracer.nextSpan().name("step").start();
                try (Tracer.SpanInScope ws = tracer.withSpan(span)) {
                  work();
                  span.end();
                }
              }

              void leakingScoped(Tracer tracer) {
                // BUG: Diagnostic contains: span 'scoped'
                ScopedSpan scoped = tracer.startScopedSpan("step");
                work();
                scoped.end();
              }

              void leakingScope(Tracer tracer, Span span) {
                // BUG: Diagnostic contains: scope 'ws'
                Tracer.SpanInScope ws = tracer.withSpan(span);
                work();
                ws.close();
              }

              void fine(Tracer tracer) {
                Span span = tracer.nextSpan().name("step").start();
                try (Tracer.SpanInScope ws = tracer.withSpan(span)) {
                  work();
                } finally {
                  span.end();
                }
              }

              void fineScoped(Tracer tracer) {
                ScopedSpan scoped = tracer.startScopedSpan("step");
                try {
                  work();
                } finally {
                  scoped.end();
                }
              }

              void notOwned(Tracer tracer) {
                Span current = tracer.currentSpan();
                work();
                current.end();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsAndAcceptsOpenTracing() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentracing.Scope;
            import io.opentracing.Span;
            import io.opentracing.Tracer;

            class Agent {
              void leaking(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path: call span.finish()
                Span span = tracer.buildSpan("step").withTag("k", "v").start();
                try (Scope scope = tracer.activateSpan(span)) {
                  work();
                  span.finish();
                }
              }

              void leakingScope(Tracer tracer, Span span) {
                // BUG: Diagnostic contains: scope 'scope'
                Scope scope = tracer.activateSpan(span);
                work();
                scope.close();
                // BUG: Diagnostic contains: scope 'managed'
                Scope managed = tracer.scopeManager().activate(span);
                work();
                managed.close();
              }

              void fine(Tracer tracer) {
                Span span = tracer.buildSpan("step").start();
                try (Scope scope = tracer.activateSpan(span)) {
                  work();
                } finally {
                  span.finish();
                }
              }

              void builderIsNotTheSpan(Tracer tracer) {
                Tracer.SpanBuilder builder = tracer.buildSpan("step");
                builder.start();
                work();
              }

              void notOwned(Tracer tracer) {
                Span active = tracer.activeSpan();
                work();
                active.finish();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsAndAcceptsSentry() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.sentry.ISentryLifecycleToken;
            import io.sentry.ISpan;
            import io.sentry.ITransaction;
            import io.sentry.Sentry;
            import io.sentry.SpanStatus;

            class Agent {
              void leaking() {
                // BUG: Diagnostic contains: transaction 'transaction' is not ended on every path: call transaction.finish()
                ITransaction transaction = Sentry.startTransaction("step", "task");
                // BUG: Diagnostic contains: span 'child' is not ended on every path: call child.finish()
                ISpan child = transaction.startChild("tool");
                work();
                child.finish();
                transaction.finish();
              }

              void fine() {
                ITransaction transaction = Sentry.startTransaction("step", "task");
                try {
                  ISpan child = transaction.startChild("tool");
                  try {
                    work();
                  } catch (RuntimeException e) {
                    child.setThrowable(e);
                    child.setStatus(SpanStatus.INTERNAL_ERROR);
                    throw e;
                  } finally {
                    child.finish();
                  }
                } finally {
                  transaction.finish();
                }
              }

              void leakingToken(ITransaction transaction) {
                // BUG: Diagnostic contains: scope 'token'
                ISentryLifecycleToken token = transaction.makeCurrent();
                work();
                token.close();
              }

              void fineToken(ITransaction transaction) {
                try (ISentryLifecycleToken token = transaction.makeCurrent()) {
                  work();
                }
              }

              void notOwned() {
                ISpan span = Sentry.getSpan();
                work();
                span.finish();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsAndAcceptsElasticApm() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import co.elastic.apm.api.ElasticApm;
            import co.elastic.apm.api.Scope;
            import co.elastic.apm.api.Span;
            import co.elastic.apm.api.Transaction;

            class Agent {
              void leaking() {
                // BUG: Diagnostic contains: transaction 'transaction' is not ended on every path: call transaction.end()
                Transaction transaction = ElasticApm.startTransaction();
                try (Scope scope = transaction.activate()) {
                  // BUG: Diagnostic contains: span 'span'
                  Span span = transaction.startSpan("external", "http", "call");
                  work();
                  span.end();
                  transaction.end();
                }
              }

              void leakingExitSpan(Span parent) {
                // BUG: Diagnostic contains: span 'exit'
                Span exit = parent.startExitSpan("external", "http", "llm");
                work();
                exit.end();
              }

              void leakingScope(Transaction transaction) {
                // BUG: Diagnostic contains: scope 'scope'
                Scope scope = transaction.activate();
                work();
                scope.close();
              }

              void fine() {
                Transaction transaction = ElasticApm.startTransaction();
                try (Scope scope = transaction.activate()) {
                  Span span = transaction.startSpan();
                  try {
                    work();
                  } finally {
                    span.end();
                  }
                } finally {
                  transaction.end();
                }
              }

              void notOwned() {
                Span current = ElasticApm.currentSpan();
                work();
                current.end();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsAndAcceptsAwsXRay() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import com.amazonaws.xray.AWSXRay;
            import com.amazonaws.xray.AWSXRayRecorder;
            import com.amazonaws.xray.entities.Segment;
            import com.amazonaws.xray.entities.Subsegment;

            class Agent {
              void leakingStatic() {
                // BUG: Diagnostic contains: segment started by beginSegment() is not ended on every path: call AWSXRay.endSegment() in a finally block
                AWSXRay.beginSegment("agent");
                work();
                AWSXRay.endSegment();
              }

              void leakingSubsegment() {
                // BUG: Diagnostic contains: subsegment 'subsegment' is not ended on every path: call AWSXRay.endSubsegment()
                Subsegment subsegment = AWSXRay.beginSubsegment("tool");
                subsegment.putAnnotation("tool", "search");
                work();
                AWSXRay.endSubsegment();
              }

              void leakingRecorder(AWSXRayRecorder recorder) {
                // BUG: Diagnostic contains: segment started by beginSegment() is not ended on every path: call AWSXRayRecorder.endSegment()
                recorder.beginSegment("agent");
                work();
                recorder.endSegment();
              }

              void neverEnded() {
                // BUG: Diagnostic contains: subsegment started by beginSubsegment()
                AWSXRay.beginSubsegment("tool");
              }

              void fineStatic() {
                AWSXRay.beginSegment("agent");
                try {
                  work();
                } finally {
                  AWSXRay.endSegment();
                }
              }

              void fineRecorder(AWSXRayRecorder recorder) {
                Segment segment = recorder.beginSegment("agent");
                try {
                  work();
                } finally {
                  recorder.endSegment();
                }
              }

              void fineClose() {
                Subsegment subsegment = AWSXRay.beginSubsegment("tool");
                try {
                  work();
                } finally {
                  subsegment.close();
                }
              }

              void fineEndWithArgument() {
                Subsegment subsegment = AWSXRay.beginSubsegment("tool");
                try {
                  work();
                } finally {
                  AWSXRay.endSubsegment(subsegment);
                }
              }

              private Segment current;

              void storedInField() {
                current = AWSXRay.beginSegment("agent");
                work();
                AWSXRay.endSegment();
              }

              void fineNothingBetween() {
                AWSXRay.beginSubsegment("tool").putAnnotation("k", "v");
                AWSXRay.endSubsegment();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsXRayEndWithArgumentOnNormalPathOnly() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import com.amazonaws.xray.AWSXRay;
            import com.amazonaws.xray.entities.Subsegment;

            class Agent {
              void leaking() {
                // BUG: Diagnostic contains: subsegment 'subsegment'
                Subsegment subsegment = AWSXRay.beginSubsegment("tool");
                work();
                AWSXRay.endSubsegment(subsegment);
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsConfiguredInHouseSdk() {
    helper
        .setArgs(IN_HOUSE_OPTION)
        .addSourceLines("com/example/agent/AgentTracer.java", AGENT_TRACER)
        .addSourceLines("com/example/agent/AgentTrace.java", AGENT_TRACE)
        .addSourceLines("com/example/agent/AgentStep.java", AGENT_STEP)
        .addSourceLines(
            "com/example/agent/Planner.java",
            """
            package com.example.agent;

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

              void callTool() {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsConfiguredInHouseSdkDoneRight() {
    helper
        .setArgs(IN_HOUSE_OPTION)
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
  void judgesStartsInSwitchCasesWithinTheCase() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              void step(Tracer tracer, int kind) {
                switch (kind) {
                  case 1:
                    // BUG: Diagnostic contains: span 'one'
                    Span one = tracer.spanBuilder("one").startSpan();
                    work();
                    one.end();
                    break;
                  case 2:
                    // BUG: Diagnostic contains: span 'two'
                    Span two = tracer.spanBuilder("two").startSpan();
                    two.setAttribute("kind", 2L);
                    break;
                  case 3:
                    Span three = tracer.spanBuilder("three").startSpan();
                    three.end();
                    break;
                  default:
                    break;
                }
              }

              void assignedInCaseEndedAfterSwitch(Tracer tracer, int kind) {
                Span span = Span.getInvalid();
                switch (kind) {
                  case 1:
                    span = tracer.spanBuilder("one").startSpan();
                    break;
                  default:
                    span = tracer.spanBuilder("other").startSpan();
                }
                span.end();
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void ignoresStartsOutsideStatementLists() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.micrometer.observation.Observation;
            import io.micrometer.observation.ObservationRegistry;
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              private final Span initial;

              Agent(Tracer tracer) {
                initial = tracer.spanBuilder("field").startSpan();
              }

              void unbraced(Tracer tracer, boolean traced) {
                Span span = Span.getInvalid();
                if (traced) span = tracer.spanBuilder("maybe").startSpan();
              }

              void discardedStaticStart(ObservationRegistry registry) {
                Observation.start("fire-and-forget", registry);
              }
            }
            """)
        .doTest();
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

  @Test
  void survivesJava17Syntax() {
    helper
        .addSourceLines(
            "Modern.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.List;
            import java.util.function.Function;

            class Modern {
              sealed interface Step permits Search, Answer {}

              record Search(String query) implements Step {}

              record Answer(String text) implements Step {
                Answer {
                  if (text == null) {
                    throw new IllegalArgumentException();
                  }
                }
              }

              static <T extends Step> String describe(Tracer tracer, T step) {
                Span span = tracer.spanBuilder("describe").startSpan();
                try {
                  String kind =
                      switch (step.getClass().getSimpleName()) {
                        case "Search" -> "search";
                        case "Answer" -> {
                          span.setAttribute("answer", true);
                          yield "answer";
                        }
                        default -> "other";
                      };
                  if (step instanceof Search search && !search.query().isBlank()) {
                    return kind + search.query();
                  }
                  return kind;
                } finally {
                  span.end();
                }
              }

              String prompt(Tracer tracer, int mode) {
                // BUG: Diagnostic contains: span 'span'
                Span span = tracer.spanBuilder("prompt").startSpan();
                String text =
                    \"""
                    You are a planner.
                    \""";
                String picked =
                    switch (mode) {
                      case 1 -> text.strip();
                      default -> text;
                    };
                span.end();
                return picked;
              }

              List<Function<String, Span>> factories(Tracer tracer) {
                class Local {
                  Span open(String name) {
                    return tracer.spanBuilder(name).startSpan();
                  }
                }
                Local local = new Local();
                return List.of(local::open, name -> tracer.spanBuilder(name).startSpan());
              }

              void yieldingSwitch(Tracer tracer, int mode) {
                Span span = tracer.spanBuilder("yield").startSpan();
                int weight =
                    switch (mode) {
                      case 1:
                        yield 10;
                      default:
                        yield 1;
                    };
                span.setAttribute("weight", weight);
                span.end();
              }

              void labeled(Tracer tracer, int[][] grid) {
                Span span = tracer.spanBuilder("grid").startSpan();
                outer:
                for (int[] row : grid) {
                  for (int cell : row) {
                    if (cell < 0) {
                      break outer;
                    }
                  }
                }
                synchronized (this) {
                  span.end();
                }
              }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Harmless calls between the start and the try (HarmlessCalls): logging, clocks and context, attribute values,
  // argument-less accessors of a variable. Judged on the written shape, so the three engines agree.

  @Test
  void acceptsLoggerCallsBetweenStartAndTry() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;

            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              private static final Logger LOGGER = LoggerFactory.getLogger(Agent.class);

              void step(Tracer tracer, String tool) {
                Span span = tracer.spanBuilder("step").startSpan();
                log.debug("calling tool {}", tool);
                if (LOGGER.isTraceEnabled()) {
                  LOGGER.trace("tool {} in span", tool);
                }
                try (Scope scope = span.makeCurrent()) {
                  work();
                } finally {
                  span.end();
                }
              }

              String format(Tracer tracer, String response) {
                Span span = tracer.spanBuilder("format").startSpan();
                log.info("response: {}", response);
                String traceId = span.getSpanContext().getTraceId();
                span.end();
                return traceId;
              }

              void work() {}
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsClockContextAndAttributeCallsBeforeTry() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.common.AttributeKey;
            import io.opentelemetry.api.common.Attributes;
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Context;
            import io.opentelemetry.context.Scope;

            class Agent {
              void step(Tracer tracer) {
                Span span = tracer.spanBuilder("step").startSpan();
                long started = System.nanoTime();
                Context parent = Context.current();
                span.setAllAttributes(Attributes.of(AttributeKey.stringKey("agent"), "planner"));
                try (Scope scope = parent.with(span).makeCurrent()) {
                  work();
                } finally {
                  span.setAttribute("elapsed", System.nanoTime() - started);
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsArgumentLessAccessorsOfVariablesBeforeTry() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              interface Request {
                String getPath();

                boolean isUrgent();
              }

              private Request current;

              void handle(Tracer tracer, Request request) {
                Span span = tracer.spanBuilder("handle").startSpan();
                span.setAttribute("path", request.getPath());
                boolean urgent = request.isUrgent() && current.isUrgent();
                try {
                  work(urgent);
                } finally {
                  span.end();
                }
              }

              void work(boolean urgent) {}
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsHarmlessCallsBeforeAnXRaySubsegmentTry() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import com.amazonaws.xray.AWSXRay;
            import com.amazonaws.xray.entities.Subsegment;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;

            class Agent {
              private static final Logger logger = LoggerFactory.getLogger(Agent.class);

              interface Job {
                String getName();

                void run();
              }

              void run(Job job) {
                Subsegment subsegment = AWSXRay.beginSubsegment("job");
                logger.debug("job {}", job.getName());
                try {
                  job.run();
                } finally {
                  AWSXRay.endSubsegment();
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsLoggerCallWhoseArgumentCallsOut() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;

            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);

              void step(Tracer tracer) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("step").startSpan();
                log.debug("tool answered {}", callTool());
                try {
                  work();
                } finally {
                  span.end();
                }
              }

              String callTool() {
                return "ok";
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsGettersThatFetchTakeArgumentsOrHangOffACall() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.sql.Connection;
            import java.util.Map;
            import javax.sql.DataSource;

            class Agent {
              interface Registry {
                Registry getChild();

                String getName();
              }

              void query(Tracer tracer, DataSource dataSource) throws Exception {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("query").startSpan();
                Connection connection = dataSource.getConnection();
                try {
                  connection.close();
                } finally {
                  span.end();
                }
              }

              void lookup(Tracer tracer, Map<String, String> cache) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("lookup").startSpan();
                String hit = cache.getOrDefault("key", "none");
                try {
                  work(hit);
                } finally {
                  span.end();
                }
              }

              void nested(Tracer tracer, Registry registry) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("nested").startSpan();
                String name = registry.getChild().getName();
                try {
                  work(name);
                } finally {
                  span.end();
                }
              }

              void work(String value) {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsLogLikeCallOnAReceiverNotNamedAsALogger() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;

            class Agent {
              interface Audit {
                void info(String event);
              }

              void step(Tracer tracer, Audit audit) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("step").startSpan();
                audit.info("step started");
                try {
                  work();
                } finally {
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsALeakAfterALoggerCallOnTheNormalPathOnly() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;

            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);

              void listen(Tracer tracer, String message) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("listen").startSpan();
                log.debug("received {}", message);
                forward(message);
                span.end();
              }

              void forward(String message) {}
            }
            """)
        .doTest();
  }

  @Test
  void acceptsMdcCallsBetweenStartAndTry() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import io.opentelemetry.context.Scope;
            import org.slf4j.MDC;

            class Agent {
              void step(Tracer tracer, String user) {
                Span span = tracer.spanBuilder("step").startSpan();
                MDC.put("user", user);
                try (Scope scope = span.makeCurrent()) {
                  work();
                } finally {
                  span.end();
                  MDC.remove("user");
                }
              }

              void work() {}
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsMdcCallsOutsideTheCatalogue() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import io.opentelemetry.api.trace.Span;
            import io.opentelemetry.api.trace.Tracer;
            import java.util.Map;
            import org.slf4j.MDC;

            class Agent {
              void step(Tracer tracer, Map<String, String> context) {
                // BUG: Diagnostic contains: span 'span' is not ended on every path
                Span span = tracer.spanBuilder("step").startSpan();
                MDC.setContextMap(context);
                try {
                  work();
                } finally {
                  span.end();
                }
              }

              void work() {}
            }
            """)
        .doTest();
  }
}
