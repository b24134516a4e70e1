package dev.tracelint.checks;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnboundedRetryTest {

  private final CompilationTestHelper helper = CompilationTestHelper.newInstance(UnboundedRetry.class, getClass());

  // ---------------------------------------------------------------------------------------------------------------
  // Hand-written loops that must be flagged

  @Test
  void flagsWhileTrueWhoseCatchSwallows() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.io.IOException;
            class Exporter {
              void send(String batch) throws IOException {}
              void export(String batch) {
                // BUG: Diagnostic contains: never gives up
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (IOException e) {
                    System.err.println("retrying");
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsForeverForWithBreakOnSuccess() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              String send(String batch) { return batch; }
              String export(String batch) {
                String result = null;
                // BUG: Diagnostic contains: UnboundedRetry
                for (;;) {
                  try {
                    result = send(batch);
                    break;
                  } catch (RuntimeException e) {
                    continue;
                  }
                }
                return result;
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsDoWhileTrue() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              String send(String batch) { return batch; }
              String export(String batch) {
                // BUG: Diagnostic contains: never gives up
                do {
                  try {
                    return send(batch);
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                } while (true);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsLocalFlagSetOnlyOnSuccess() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                boolean done = false;
                // BUG: Diagnostic contains: never gives up
                while (!done) {
                  try {
                    send(batch);
                    done = true;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsCounterThatIsIncrementedButNeverCompared() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                int attempts = 0;
                // BUG: Diagnostic contains: never gives up
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    attempts++;
                    System.err.println("attempt " + attempts + " failed");
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsLabelledLoopAndSuccessAfterTheTry() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              String send(String batch) { return batch; }
              String export(String batch) {
                String result;
                outer:
                // BUG: Diagnostic contains: never gives up
                while (true) {
                  try {
                    result = send(batch);
                  } catch (RuntimeException e) {
                    continue outer;
                  }
                  break;
                }
                return result;
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsRetryLoopInsideLambda() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.concurrent.ExecutorService;
            class Exporter {
              void send(String batch) {}
              void export(ExecutorService executor, String batch) {
                executor.submit(() -> {
                  // BUG: Diagnostic contains: never gives up
                  while (true) {
                    try {
                      send(batch);
                      return;
                    } catch (RuntimeException e) {
                      System.err.println(e);
                    }
                  }
                });
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsWhenOnlyASwitchBreakIsInTheCatch() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              int send(String batch) { return 1; }
              void export(String batch, int mode) {
                // BUG: Diagnostic contains: never gives up
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    switch (mode) {
                      case 1:
                        System.err.println("one");
                        break;
                      default:
                        break;
                    }
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsWhenTheCatchOnlyBreaksOutOfANestedLoop() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.List;
            class Exporter {
              void send(String batch) {}
              void export(String batch, List<String> listeners) {
                // BUG: Diagnostic contains: never gives up
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    for (String listener : listeners) {
                      if (listener.isEmpty()) {
                        break;
                      }
                    }
                    inner:
                    for (int i = 0; i < 2; i++) {
                      continue inner;
                    }
                  }
                }
              }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Hand-written loops that must be left alone

  @Test
  void acceptsCatchThatMovesToTheNextItemOfAnOuterLoop() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.List;
            class Exporter {
              void send(String batch) {}
              void export(List<String> batches) {
                batches:
                for (String batch : batches) {
                  int failures = 0;
                  while (true) {
                    try {
                      send(batch);
                      break;
                    } catch (RuntimeException e) {
                      if (++failures > 3) {
                        continue batches;
                      }
                    }
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void staysSilentOnExpressionsNestedTooDeepToWalk() {
    StringBuilder deep = new StringBuilder("0");
    for (int i = 0; i < 250; i++) {
      deep.insert(0, "(1 + ").append(")");
    }
    helper
        .addSourceLines(
            "Deep.java",
            "class Deep {",
            "  void send(String batch) {}",
            "  void export(String batch) {",
            "    while (true) {",
            "      try {",
            "        send(batch);",
            "        return;",
            "      } catch (RuntimeException e) {",
            "        int sum = " + deep + ";",
            "        System.err.println(sum);",
            "      }",
            "    }",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsSleepUntilDoneIdiomThatOnlyCatchesInterruption() {
    helper
        .addSourceLines(
            "Sleeper.java",
            """
            class Sleeper {
              void sleepFully(long millis) {
                boolean interrupted = false;
                while (true) {
                  try {
                    Thread.sleep(millis);
                    break;
                  } catch (InterruptedException e) {
                    interrupted = true;
                  }
                }
                if (interrupted) {
                  Thread.currentThread().interrupt();
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsInputLoopThatReadsNewInputEachTurn() {
    helper
        .addSourceLines(
            "Prompt.java",
            """
            import java.util.InputMismatchException;
            import java.util.Scanner;
            class Prompt {
              int askForPort(Scanner in) {
                while (true) {
                  try {
                    return in.nextInt();
                  } catch (InputMismatchException e) {
                    System.out.println("not a number, try again");
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsWorkerLoopTakingJobsInsideTheTry() {
    helper
        .addSourceLines(
            "Worker.java",
            """
            import java.util.concurrent.BlockingQueue;
            class Worker {
              void handle(String job) {}
              void run(BlockingQueue<String> queue) {
                while (true) {
                  try {
                    String job = queue.take();
                    handle(job);
                    if (job.isEmpty()) {
                      return;
                    }
                  } catch (Exception e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsWorkerLoopPollingBeforeTheTry() {
    helper
        .addSourceLines(
            "Worker.java",
            """
            import java.util.Queue;
            class Worker {
              void handle(String job) {}
              void run(Queue<String> queue) {
                for (;;) {
                  String job = queue.poll();
                  try {
                    handle(job);
                    if (job == null) break;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsIteratorLoop() {
    helper
        .addSourceLines(
            "Worker.java",
            """
            import java.util.Iterator;
            class Worker {
              void handle(String job) {}
              void run(Iterator<String> jobs) {
                while (true) {
                  try {
                    handle(jobs.next());
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsAttemptCounterInTheCondition() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                int attempt = 0;
                while (attempt < 5) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    attempt++;
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsAttemptCheckThatRethrowsInTheCatch() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                int attempt = 0;
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    if (++attempt >= 5) {
                      throw e;
                    }
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsAttemptCheckBeforeTheTry() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                int attempt = 0;
                for (;;) {
                  if (attempt++ > 5) {
                    throw new IllegalStateException("gave up");
                  }
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsDeadlineCheckThatBreaks() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    if (System.nanoTime() > deadline) {
                      break;
                    }
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsLoopOnInterruption() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                while (!Thread.currentThread().isInterrupted()) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsInterruptedExceptionThatReturns() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) throws InterruptedException {}
              void export(String batch) {
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsVolatileStopFlag() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              private volatile boolean running = true;
              void send(String batch) {}
              void export(String batch) {
                while (running) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsFlagAlsoSetOnFailure() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                boolean done = false;
                int failures = 0;
                while (!done) {
                  try {
                    send(batch);
                    done = true;
                  } catch (RuntimeException e) {
                    if (++failures > 3) {
                      done = true;
                    }
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsCatchThatAlwaysRethrows() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                    throw new IllegalStateException("export failed", e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsPollingLoopWithoutSuccessExit() {
    helper
        .addSourceLines(
            "Heartbeat.java",
            """
            class Heartbeat {
              void beat() {}
              void run() throws InterruptedException {
                while (true) {
                  try {
                    beat();
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                  Thread.sleep(1000);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsEnhancedForAndFailoverOverHosts() {
    helper
        .addSourceLines(
            "Failover.java",
            """
            import java.util.List;
            class Failover {
              String call(String host) { return host; }
              String first(List<String> hosts) {
                for (String host : hosts) {
                  try {
                    return call(host);
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
                for (int i = 0; ; i++) {
                  try {
                    return call(hosts.get(i));
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsLoopWithoutTry() {
    helper
        .addSourceLines(
            "Spin.java",
            """
            class Spin {
              boolean ready() { return true; }
              void await() {
                while (true) {
                  if (ready()) {
                    return;
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Recursive retries

  @Test
  void flagsMethodCallingItselfFromItsCatch() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void post(String batch) {}
              void export(String batch) {
                try {
                  post(batch);
                } catch (RuntimeException e) {
                  // BUG: Diagnostic contains: 'export' retries by calling itself
                  export(batch);
                }
              }
              String fetch(String url, int timeoutMillis) {
                try {
                  return url;
                } catch (RuntimeException e) {
                  // BUG: Diagnostic contains: 'fetch' retries by calling itself
                  return this.fetch(url, timeoutMillis);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsRecursionWithDecreasingAttempts() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void post(String batch) {}
              void export(String batch, int attemptsLeft) {
                try {
                  post(batch);
                } catch (RuntimeException e) {
                  if (attemptsLeft <= 0) {
                    throw e;
                  }
                  export(batch, attemptsLeft - 1);
                }
              }
              void exportCounting(String batch, int attempt) {
                try {
                  post(batch);
                } catch (RuntimeException e) {
                  exportCounting(batch, attempt + 1);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsRecursionGuardedByAComparison() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.concurrent.atomic.AtomicInteger;
            class Exporter {
              private final AtomicInteger failures = new AtomicInteger();
              void post(String batch) {}
              void export(String batch) {
                try {
                  post(batch);
                } catch (RuntimeException e) {
                  if (failures.incrementAndGet() < 5) {
                    export(batch);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsRetryScheduledOnAnExecutorAndOverloads() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.concurrent.ScheduledExecutorService;
            import java.util.concurrent.TimeUnit;
            class Exporter {
              private ScheduledExecutorService scheduler;
              void post(String batch) {}
              void export(String batch) {
                try {
                  post(batch);
                } catch (RuntimeException e) {
                  scheduler.schedule(() -> export(batch), 1, TimeUnit.SECONDS);
                }
              }
              void export(String batch, String tenant) {
                try {
                  post(batch);
                } catch (RuntimeException e) {
                  export(batch);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Library settings

  @Test
  void flagsUnlimitedResilience4jAndFailsafeSettings() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import dev.failsafe.RetryPolicy;
            import io.github.resilience4j.retry.RetryConfig;
            class Policies {
              RetryConfig resilience() {
                return RetryConfig.custom()
                    // BUG: Diagnostic contains: RetryConfig.Builder.maxAttempts(...) retries without limit
                    .maxAttempts(Integer.MAX_VALUE)
                    .build();
              }
              RetryPolicy<Object> failsafe() {
                return RetryPolicy.builder()
                    // BUG: Diagnostic contains: RetryPolicyBuilder.withMaxRetries(...)
                    .withMaxRetries(-1)
                    .build();
              }
              RetryPolicy<Object> failsafeAttempts() {
                // BUG: Diagnostic contains: RetryPolicyBuilder.withMaxAttempts(...)
                return RetryPolicy.builder().withMaxAttempts(-1).build();
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsUnlimitedSpringSettings() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import org.springframework.retry.annotation.Retryable;
            import org.springframework.retry.policy.AlwaysRetryPolicy;
            import org.springframework.retry.policy.SimpleRetryPolicy;
            import org.springframework.retry.support.RetryTemplate;
            import org.springframework.util.backoff.FixedBackOff;
            class Policies {
              // BUG: Diagnostic contains: @Retryable(maxAttempts = ...)
              @Retryable(maxAttempts = Integer.MAX_VALUE)
              void export() {}

              Object always() {
                // BUG: Diagnostic contains: new AlwaysRetryPolicy(...)
                return new AlwaysRetryPolicy();
              }
              Object simple() {
                // BUG: Diagnostic contains: new SimpleRetryPolicy(...)
                return new SimpleRetryPolicy(Integer.MAX_VALUE);
              }
              RetryTemplate template() {
                // BUG: Diagnostic contains: RetryTemplateBuilder.infiniteRetry()
                return RetryTemplate.builder().infiniteRetry().build();
              }
              FixedBackOff backOff() {
                // BUG: Diagnostic contains: new FixedBackOff(...)
                return new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsNeverStopAndReactiveRetryForever() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import com.github.rholder.retry.RetryerBuilder;
            import com.github.rholder.retry.StopStrategies;
            import io.reactivex.rxjava3.core.Single;
            import reactor.core.publisher.Flux;
            import reactor.core.publisher.Mono;
            import reactor.util.retry.Retry;
            class Policies {
              void guava() {
                RetryerBuilder.<String>newBuilder()
                    // BUG: Diagnostic contains: StopStrategies.neverStop()
                    .withStopStrategy(StopStrategies.neverStop())
                    .build();
              }
              Mono<String> reactor(Mono<String> call) {
                // BUG: Diagnostic contains: Mono.retry()
                return call.retry();
              }
              Flux<String> reactorMax(Flux<String> call) {
                // BUG: Diagnostic contains: Flux.retry(...)
                return call.retry(Long.MAX_VALUE);
              }
              Mono<String> indefinitely(Mono<String> call) {
                // BUG: Diagnostic contains: Retry.indefinitely()
                return call.retryWhen(Retry.indefinitely());
              }
              Single<String> rx(Single<String> call) {
                // BUG: Diagnostic contains: Single.retry()
                return call.retry();
              }
              Single<String> rxPredicate(Single<String> call) {
                // BUG: Diagnostic contains: Single.retry(...)
                return call.retry(e -> e instanceof java.io.IOException);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsSpringFramework7RetriesWithoutLimitUnlessTimeBounded() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import java.time.Duration;
            import org.springframework.core.retry.RetryPolicy;
            import org.springframework.resilience.annotation.Retryable;
            import org.springframework.retry.support.RetryTemplate;
            import org.springframework.util.backoff.ExponentialBackOff;
            class Policies {
              // BUG: Diagnostic contains: @Retryable(maxRetries = ...)
              @Retryable(maxRetries = Long.MAX_VALUE)
              void forever() {}

              @Retryable(maxRetries = Long.MAX_VALUE, timeout = 30_000)
              void withinThirtySeconds() {}

              RetryPolicy policy() {
                // BUG: Diagnostic contains: RetryPolicy.withMaxRetries(...)
                return RetryPolicy.withMaxRetries(Long.MAX_VALUE);
              }
              RetryPolicy timeBounded() {
                return RetryPolicy.builder().maxRetries(Long.MAX_VALUE).timeout(Duration.ofMinutes(1)).build();
              }
              RetryTemplate template() {
                return RetryTemplate.builder().infiniteRetry().withTimeout(Duration.ofMinutes(1)).build();
              }
              ExponentialBackOff backOff() {
                ExponentialBackOff backOff = new ExponentialBackOff();
                // BUG: Diagnostic contains: ExponentialBackOff.setMaxAttempts(...)
                backOff.setMaxAttempts(ExponentialBackOff.DEFAULT_MAX_ATTEMPTS);
                return backOff;
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsBoundedAndUnknownSettings() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import dev.failsafe.RetryPolicy;
            import io.github.resilience4j.retry.RetryConfig;
            import io.reactivex.rxjava3.core.Single;
            import java.time.Duration;
            import org.springframework.retry.annotation.Retryable;
            import org.springframework.retry.policy.SimpleRetryPolicy;
            import org.springframework.util.backoff.FixedBackOff;
            import reactor.core.publisher.Mono;
            import reactor.util.retry.Retry;
            class Policies {
              int configured;
              @Retryable(maxAttempts = 3)
              void three() {}
              @Retryable(maxAttemptsExpression = "${export.attempts}")
              void placeholder() {}
              RetryConfig resilience() {
                return RetryConfig.custom().maxAttempts(3).maxAttempts(configured).build();
              }
              RetryPolicy<Object> failsafe() {
                return RetryPolicy.builder().withMaxRetries(3).build();
              }
              RetryPolicy<Object> timeBounded() {
                return RetryPolicy.builder().withMaxRetries(-1).withMaxDuration(Duration.ofMinutes(1)).build();
              }
              Object simple() {
                return new SimpleRetryPolicy(5);
              }
              FixedBackOff backOff() {
                return new FixedBackOff(1000L, 5);
              }
              Mono<String> reactor(Mono<String> call) {
                return call.retry(3).retryWhen(Retry.backoff(3, Duration.ofMillis(100)));
              }
              Mono<String> reactorDeadline(Mono<String> call) {
                return call.retry().timeout(Duration.ofSeconds(30));
              }
              Single<String> rx(Single<String> call) {
                return call.retry(3).retry((count, e) -> count < 3);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsGuavaRetryerBuiltWithoutStopStrategy() {
    helper
        .addSourceLines(
            "Retryers.java",
            """
            import com.github.rholder.retry.Retryer;
            import com.github.rholder.retry.RetryerBuilder;
            import com.github.rholder.retry.WaitStrategies;
            class Retryers {
              Retryer<String> forever() {
                // BUG: Diagnostic contains: RetryerBuilder.newBuilder() builds a retry that never stops by default
                return RetryerBuilder.<String>newBuilder()
                    .retryIfException()
                    .withWaitStrategy(WaitStrategies.exponentialWait())
                    .build();
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsGuavaRetryerWithStopStrategyOrConfiguredElsewhere() {
    helper
        .addSourceLines(
            "Retryers.java",
            """
            import com.github.rholder.retry.Retryer;
            import com.github.rholder.retry.RetryerBuilder;
            import com.github.rholder.retry.StopStrategies;
            import com.github.rholder.retry.WaitStrategies;
            class Retryers {
              Retryer<String> bounded() {
                return RetryerBuilder.<String>newBuilder()
                    .withWaitStrategy(WaitStrategies.exponentialWait())
                    .withStopStrategy(StopStrategies.stopAfterAttempt(5))
                    .build();
              }
              Retryer<String> configuredElsewhere(boolean strict) {
                RetryerBuilder<String> builder = RetryerBuilder.<String>newBuilder().retryIfException();
                if (strict) {
                  builder.withStopStrategy(StopStrategies.stopAfterAttempt(3));
                }
                return builder.withWaitStrategy(WaitStrategies.exponentialWait()).build();
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Robustness and suppression

  @Test
  void survivesJava17SyntaxAndKeepsJudgingLoops() {
    helper
        .addSourceLines(
            "Modern.java",
            """
            import java.util.List;
            import java.util.function.Supplier;
            class Modern {
              record Batch(String id, List<String> spans) {}
              sealed interface Result permits Ok, Failed {}
              record Ok(String body) implements Result {}
              record Failed(int status) implements Result {}

              Result send(Batch batch) { return new Ok(batch.id()); }

              <T> T retrying(Supplier<T> call) {
                // BUG: Diagnostic contains: never gives up
                while (true) {
                  try {
                    return call.get();
                  } catch (RuntimeException e) {
                    var text = \"""
                        failed
                        \""";
                    System.err.println(text);
                  }
                }
              }

              String classify(Batch batch) {
                int attempt = 0;
                scan:
                while (true) {
                  try {
                    Result result = send(batch);
                    String label = switch (attempt) {
                      case 0 -> {
                        if (batch.spans().isEmpty()) {
                          yield "empty";
                        }
                        yield "first";
                      }
                      default -> result instanceof Failed failed ? "failed " + failed.status() : "ok";
                    };
                    if (result instanceof Ok ok && !ok.body().isBlank()) {
                      return label;
                    }
                  } catch (RuntimeException e) {
                    if (attempt++ > 3) {
                      break scan;
                    }
                  }
                }
                Runnable local = new Runnable() {
                  @Override public void run() {
                    for (;;) {
                      try { send(batch); return; } catch (RuntimeException e) { throw e; }
                    }
                  }
                };
                local.run();
                return "gave up";
              }
            }
            """)
        .doTest();
  }

  @Test
  void honoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              @SuppressWarnings("UnboundedRetry")
              void export(String batch) {
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // A catch that hands the caught exception to a failure handler (which may rethrow and may wait)

  @Test
  void acceptsHandsFailureToContextInDoWhileTrue() {
    helper
        .addSourceLines(
            "Decorator.java",
            """
            class Decorator {
              interface Context { void onError(Exception e) throws Exception; boolean onResult(String r); void onComplete(); }
              interface Call { String get() throws Exception; }
              String execute(Context context, Call call) throws Exception {
                do {
                  try {
                    String result = call.get();
                    if (!context.onResult(result)) {
                      context.onComplete();
                      return result;
                    }
                  } catch (Exception exception) {
                    context.onError(exception);
                  }
                } while (true);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsHandsFailureToErrorHandlerAfterLogging() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.io.IOException;
            import java.util.function.Consumer;
            class Exporter {
              void send(String batch) throws IOException {}
              void export(String batch, Consumer<Exception> errorHandler) {
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (IOException e) {
                    System.err.println("export failed");
                    errorHandler.accept(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsHandsFailureToPolicyBeforeCallingItself() {
    helper
        .addSourceLines(
            "Fetcher.java",
            """
            class Fetcher {
              interface Policy { void handle(RuntimeException e); }
              Policy policy;
              String get(String url) { return url; }
              String fetch(String url) {
                try {
                  return get(url);
                } catch (RuntimeException e) {
                  policy.handle(e);
                  return fetch(url);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsHandsParenthesizedFailureToListenerInForEver() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              interface Listener { void onFailure(RuntimeException e); }
              void send(String batch) {}
              void export(String batch, Listener failures) {
                for (;;) {
                  try {
                    send(batch);
                    break;
                  } catch (RuntimeException e) {
                    failures.onFailure((e));
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsLogHelperTakingTheFailureStillRetries() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void logFailure(RuntimeException e) { System.err.println(e); }
              void export(String batch) {
                // BUG: Diagnostic contains: UnboundedRetry
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    logFailure(e);
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsRecordingTheFailureOnTheSpanStillRetries() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              interface Span { void recordException(Throwable t); }
              void send(String batch) {}
              void export(String batch, Span span) {
                // BUG: Diagnostic contains: UnboundedRetry
                do {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    span.recordException(e);
                  }
                } while (true);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsHandlerNameNestedInAReportingCallStillRetries() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              String summary(RuntimeException e) { return e.getClass().getSimpleName(); }
              void export(String batch) {
                // BUG: Diagnostic contains: UnboundedRetry
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(summary(e));
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsFailureAsReceiverStillRetries() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                // BUG: Diagnostic contains: UnboundedRetry
                for (;;) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    e.printStackTrace();
                  }
                }
              }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Ending the process (System.exit, Runtime#halt) bounds a loop like a throw

  @Test
  void acceptsExitsTheProcessAfterTooManyFailures() {
    helper
        .addSourceLines(
            "ChatClient.java",
            """
            class ChatClient {
              interface Connector { void reconnect() throws Exception; }
              void reconnect(Connector connector) throws InterruptedException {
                int failures = 0;
                while (true) {
                  try {
                    connector.reconnect();
                    break;
                  } catch (Exception e) {
                    failures++;
                  }
                  if (failures > 40) {
                    System.exit(1);
                  }
                  Thread.sleep(500);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsHaltsTheProcessInTheCatch() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            class Agent {
              void register() {}
              void start() {
                for (;;) {
                  try {
                    register();
                    return;
                  } catch (RuntimeException e) {
                    System.err.println("cannot register, halting");
                    Runtime.getRuntime().halt(2);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsCountsFailuresBeforeExitingInTheCatch() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            class Agent {
              void register() {}
              void start() {
                int failures = 0;
                while (true) {
                  try {
                    register();
                    return;
                  } catch (RuntimeException e) {
                    if (++failures > 3) {
                      System.exit(3);
                    }
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsAnExitMethodOfAnotherTypeDoesNotBoundTheLoop() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            class Agent {
              interface Ui { void exit(int status); }
              void register() {}
              void start(Ui ui) {
                // BUG: Diagnostic contains: UnboundedRetry
                while (true) {
                  try {
                    register();
                    return;
                  } catch (RuntimeException e) {
                    ui.exit(1);
                  }
                }
              }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Handing over versus recording on a tracing or logging API

  @Test
  void flagsFluentLoggerCauseStillRetries() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              interface Event { Event setCause(Throwable t); void log(String message); }
              interface Logger { Event atWarn(); }
              void send(String batch) {}
              void export(String batch, Logger log) {
                // BUG: Diagnostic contains: UnboundedRetry
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    log.atWarn().setCause(e).log("export failed");
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsXrayAddExceptionStillRetries() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              interface Subsegment { void addException(Throwable t); }
              void send(String batch) {}
              void export(String batch, Subsegment subsegment) {
                // BUG: Diagnostic contains: UnboundedRetry
                for (;;) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    subsegment.addException(e);
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsRethrowHelperTakingTheFailureBoundsTheLoop() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              static void throwIfFatal(RuntimeException e) {
                if (e instanceof IllegalStateException) {
                  throw e;
                }
              }
              void export(String batch) throws InterruptedException {
                while (true) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    throwIfFatal(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsFutureCompletedWithTheFailureIsHandedOver() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.concurrent.CompletableFuture;
            class Exporter {
              void send(String batch) {}
              void export(String batch, CompletableFuture<Void> done) {
                while (true) {
                  try {
                    send(batch);
                    done.complete(null);
                    return;
                  } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }
}
