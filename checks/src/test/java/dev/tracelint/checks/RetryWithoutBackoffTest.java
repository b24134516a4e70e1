package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class RetryWithoutBackoffTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(RetryWithoutBackoff.class, getClass());

  // ---------------------------------------------------------------------------------------------------------------
  // Hand-written retries that must be flagged

  @Test
  void flagsBoundedForLoopThatRetriesAtOnce() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.io.IOException;
            class Exporter {
              String send(String batch) throws IOException { return batch; }
              String export(String batch) throws IOException {
                IOException last = null;
                // BUG: Diagnostic contains: tries again immediately
                for (int attempt = 0; attempt < 3; attempt++) {
                  try {
                    return send(batch);
                  } catch (IOException e) {
                    last = e;
                  }
                }
                throw last;
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsUnboundedLoopWithoutWaitToo() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                // BUG: Diagnostic contains: RetryWithoutBackoff
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
        .doTest();
  }

  @Test
  void flagsCounterBoundedDoWhileAndFlagLoop() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                int attempt = 0;
                // BUG: Diagnostic contains: tries again immediately
                do {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    attempt++;
                  }
                } while (attempt < 5);
              }
              void exportWithFlag(String batch) {
                boolean sent = false;
                int attempt = 0;
                // BUG: Diagnostic contains: tries again immediately
                while (!sent && attempt++ < 5) {
                  try {
                    send(batch);
                    sent = true;
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
  void flagsRecursiveRetryWithoutWaitEvenWhenBounded() {
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
                  if (attemptsLeft == 0) {
                    throw e;
                  }
                  // BUG: Diagnostic contains: 'export' retries by calling itself from its catch block without waiting
                  export(batch, attemptsLeft - 1);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsHelperOfAnotherClassWhoseNameSaysNothingAboutWaiting() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              static class Metrics { void count() {} }
              private final Metrics metrics = new Metrics();
              void send(String batch) {}
              void export(String batch) {
                // BUG: Diagnostic contains: tries again immediately
                for (int i = 0; i < 3; i++) {
                  try {
                    send(batch);
                    break;
                  } catch (RuntimeException e) {
                    metrics.count();
                    log(e);
                  }
                }
              }
              void log(Exception e) { System.err.println(e); }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Hand-written retries that wait, and loops that are not retries

  @Test
  void acceptsSleepInTheCatch() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) throws InterruptedException {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    Thread.sleep(100L << attempt);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsTimeUnitSleepAfterTheTry() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.concurrent.TimeUnit;
            class Exporter {
              void send(String batch) {}
              void export(String batch) throws InterruptedException {
                int attempt = 0;
                while (attempt < 5) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    attempt++;
                  }
                  TimeUnit.MILLISECONDS.sleep(200);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsParkingAndWaitingPrimitives() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.TimeUnit;
            import java.util.concurrent.locks.LockSupport;
            class Exporter {
              private final Object lock = new Object();
              void send(String batch) {}
              void parks(String batch) {
                for (int i = 0; i < 3; i++) {
                  try { send(batch); return; } catch (RuntimeException e) { LockSupport.parkNanos(1_000_000L); }
                }
              }
              void waits(String batch) throws InterruptedException {
                for (int i = 0; i < 3; i++) {
                  try { send(batch); return; } catch (RuntimeException e) {
                    synchronized (lock) { lock.wait(100); }
                  }
                }
              }
              void joins(String batch, CompletableFuture<Void> tick) throws Exception {
                for (int i = 0; i < 3; i++) {
                  try { send(batch); return; } catch (RuntimeException e) { tick.get(1, TimeUnit.SECONDS); }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsBackoffHelpers() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              static class Backoff { void pause(int attempt) {} }
              private final Backoff backoff = new Backoff();
              void send(String batch) {}
              void named(String batch) {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { backoff.pause(attempt); }
                }
              }
              void sameClassHelper(String batch) {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { rest(attempt); }
                }
              }
              private void rest(int attempt) {
                try {
                  Thread.sleep(100L * attempt);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsWaitBeforeTheAttempt() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) throws InterruptedException {
                for (int attempt = 0; attempt < 3; attempt++) {
                  if (attempt > 0) {
                    Thread.sleep(250);
                  }
                  try { send(batch); return; } catch (RuntimeException e) { System.err.println(e); }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsHelperWhoseNameSaysItSleeps() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { sleepQuietly(100); }
                }
              }
              static void sleepQuietly(long millis) {}
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsWhenTheSleepIsTwoHelpersDeep() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                // BUG: Diagnostic contains: tries again immediately
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { recover(); }
                }
              }
              private void recover() { reset(); }
              private void reset() {
                try { Thread.sleep(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsWorkerLoopsRethrowingCatchesAndScheduledRetries() {
    helper
        .addSourceLines(
            "Worker.java",
            """
            import java.util.concurrent.BlockingQueue;
            import java.util.concurrent.ScheduledExecutorService;
            import java.util.concurrent.TimeUnit;
            class Worker {
              private ScheduledExecutorService scheduler;
              void handle(String job) {}
              void run(BlockingQueue<String> queue) throws InterruptedException {
                while (true) {
                  String job = queue.take();
                  try {
                    handle(job);
                    if (job.isEmpty()) return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
              void once(String job) {
                for (int i = 0; i < 3; i++) {
                  try { handle(job); return; } catch (RuntimeException e) { throw new IllegalStateException(e); }
                }
              }
              void later(String job) {
                try {
                  handle(job);
                } catch (RuntimeException e) {
                  scheduler.schedule(() -> later(job), 1, TimeUnit.SECONDS);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsImmediateRetryOfOptimisticLockingConflicts() {
    helper
        .addSourceLines(
            "Orders.java",
            """
            import java.util.ConcurrentModificationException;
            class Orders {
              static class OptimisticLockException extends RuntimeException {}
              void save(String order) {}
              String reload(String order) { return order; }
              void update(String order) {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try {
                    save(order);
                    return;
                  } catch (OptimisticLockException e) {
                    order = reload(order);
                  }
                }
              }
              void updateRecursively(String order, int attemptsLeft) {
                try {
                  save(order);
                } catch (ConcurrentModificationException e) {
                  if (attemptsLeft > 0) {
                    updateRecursively(reload(order), attemptsLeft - 1);
                  }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsRetryOnceAfterRefreshingAnExpiredToken() {
    helper
        .addSourceLines(
            "Gateway.java",
            """
            class Gateway {
              static class TokenExpiredException extends RuntimeException {}
              private String token = "";
              String call(String prompt, String token) { return prompt; }
              String refresh() { return token; }
              String complete(String prompt) {
                for (int attempt = 0; attempt < 2; attempt++) {
                  try {
                    return call(prompt, token);
                  } catch (TokenExpiredException e) {
                    token = refresh();
                  }
                }
                throw new IllegalStateException("still unauthorized");
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsWhenAConflictCatchSitsNextToAnIoCatch() {
    helper
        .addSourceLines(
            "Orders.java",
            """
            import java.io.IOException;
            class Orders {
              static class OptimisticLockException extends RuntimeException {}
              void save(String order) throws IOException {}
              void update(String order) {
                // BUG: Diagnostic contains: tries again immediately
                for (int attempt = 0; attempt < 3; attempt++) {
                  try {
                    save(order);
                    return;
                  } catch (OptimisticLockException e) {
                    System.err.println("conflict");
                  } catch (IOException e) {
                    System.err.println("io");
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsLoopThatTriesSuccessivePorts() {
    helper
        .addSourceLines(
            "Ports.java",
            """
            import java.io.IOException;
            import java.net.ServerSocket;
            class Ports {
              ServerSocket open(int first) throws IOException {
                for (int port = first; port < first + 10; port++) {
                  try {
                    return new ServerSocket(port);
                  } catch (IOException e) {
                    System.err.println("port taken");
                  }
                }
                throw new IOException("no free port");
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsWhenTheCounterIsOnlyLoggedOrPassedAsTheAttemptNumber() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch, int attempt) {}
              void export(String batch) {
                // BUG: Diagnostic contains: tries again immediately
                for (int i = 0; i < 3; i++) {
                  try {
                    System.out.printf("sending, try %d%n", i);
                    send(batch, 0);
                    return;
                  } catch (RuntimeException e) {
                    System.err.println(e);
                  }
                }
              }
              void exportNumbered(String batch) {
                // BUG: Diagnostic contains: tries again immediately
                for (int attempt = 1; attempt <= 3; attempt++) {
                  try {
                    send(batch, attempt);
                    return;
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
  void acceptsRecursiveRetryThatSleeps() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void post(String batch) {}
              void export(String batch, int attemptsLeft) throws InterruptedException {
                try {
                  post(batch);
                } catch (RuntimeException e) {
                  if (attemptsLeft == 0) throw e;
                  Thread.sleep(500);
                  export(batch, attemptsLeft - 1);
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The BackoffMethods option

  @Test
  void backoffMethodsOptionAddsInHouseWaits() {
    helper
        .setArgs("-XepOpt:RetryWithoutBackoff:BackoffMethods=com.example.agent.Pacer#hold")
        .addSourceLines(
            "Pacer.java",
            """
            package com.example.agent;
            public class Pacer { public void hold(int attempt) {} }
            """)
        .addSourceLines(
            "Exporter.java",
            """
            import com.example.agent.Pacer;
            class Exporter {
              private final Pacer pacer = new Pacer();
              void send(String batch) {}
              void export(String batch) {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { pacer.hold(attempt); }
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void backoffMethodsNamingAMissingTypeIsHarmless() {
    helper
        .setArgs("-XepOpt:RetryWithoutBackoff:BackoffMethods=com.example.missing.Pacer#hold, com.example.agent.Other#x")
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void hold(int attempt) {}
              void export(String batch) {
                // BUG: Diagnostic contains: tries again immediately
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { hold(attempt); }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void withoutTheOptionTheInHouseHelperIsNoWait() {
    helper
        .addSourceLines(
            "Pacer.java",
            """
            package com.example.agent;
            public class Pacer { public void hold(int attempt) {} }
            """)
        .addSourceLines(
            "Exporter.java",
            """
            import com.example.agent.Pacer;
            class Exporter {
              private final Pacer pacer = new Pacer();
              void send(String batch) {}
              void export(String batch) {
                // BUG: Diagnostic contains: tries again immediately
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { pacer.hold(attempt); }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void malformedBackoffMethodsFailsTheCompilationNamingTheEntry() {
    AssertionError failure = assertThrows(AssertionError.class, () -> helper
        .setArgs("-XepOpt:RetryWithoutBackoff:BackoffMethods=com.example.agent.Pacer#hold,hold")
        .addSourceLines("Empty.java", "class Empty {}")
        .expectNoDiagnostics()
        .doTest());
    String message = failure.getMessage();
    assertTrue(message.contains("error: [RetryWithoutBackoff]"), message);
    assertTrue(message.contains("tracelint option RetryWithoutBackoff:BackoffMethods: invalid entry 'hold'"), message);
    assertFalse(message.contains("An exception has occurred in the compiler"), message);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Library settings

  @Test
  void flagsZeroWaitSettings() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import com.github.rholder.retry.RetryerBuilder;
            import com.github.rholder.retry.WaitStrategies;
            import dev.failsafe.RetryPolicy;
            import io.github.resilience4j.retry.RetryConfig;
            import java.time.Duration;
            import org.springframework.retry.backoff.NoBackOffPolicy;
            import org.springframework.retry.support.RetryTemplate;
            import org.springframework.util.backoff.FixedBackOff;
            class Policies {
              RetryConfig resilience() {
                return RetryConfig.custom()
                    .maxAttempts(3)
                    // BUG: Diagnostic contains: RetryConfig.Builder.waitDuration(...) retries immediately
                    .waitDuration(Duration.ZERO)
                    .build();
              }
              RetryConfig resilienceInterval() {
                return RetryConfig.custom()
                    // BUG: Diagnostic contains: IntervalFunction.of(...) retries immediately
                    .intervalFunction(io.github.resilience4j.core.IntervalFunction.of(0L))
                    .build();
              }
              RetryPolicy<Object> failsafe() {
                // BUG: Diagnostic contains: RetryPolicyBuilder.withDelay(...)
                return RetryPolicy.builder().withMaxRetries(3).withDelay(Duration.ofMillis(0)).build();
              }
              FixedBackOff spring() {
                // BUG: Diagnostic contains: new FixedBackOff(...) retries immediately
                return new FixedBackOff(0L, 9L);
              }
              Object noBackOff() {
                // BUG: Diagnostic contains: new NoBackOffPolicy(...)
                return new NoBackOffPolicy();
              }
              RetryTemplate template() {
                // BUG: Diagnostic contains: RetryTemplateBuilder.noBackoff()
                return RetryTemplate.builder().maxAttempts(3).noBackoff().build();
              }
              void guava() {
                RetryerBuilder.<String>newBuilder()
                    // BUG: Diagnostic contains: WaitStrategies.noWait()
                    .withWaitStrategy(WaitStrategies.noWait())
                    .build();
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsZeroBackoffAnnotations() {
    helper
        .addSourceLines(
            "Listener.java",
            """
            import org.springframework.retry.annotation.Backoff;
            import org.springframework.retry.annotation.Retryable;
            class Listener {
              // BUG: Diagnostic contains: @Backoff(value = ...) retries immediately
              @Retryable(maxAttempts = 4, backoff = @Backoff(0))
              void onEvent() {}

              @Retryable(maxAttempts = 4, backoff =
                  // BUG: Diagnostic contains: @Backoff(value = ...)
                  @Backoff(value = 0, delay = 0))
              void onOther() {}

              // BUG: Diagnostic contains: @Retryable(delay = ...)
              @org.springframework.resilience.annotation.Retryable(delay = 0)
              void onSpring7() {}
            }
            """)
        .doTest();
  }

  @Test
  void flagsImmediateReactiveRetries() {
    helper
        .addSourceLines(
            "Calls.java",
            """
            import io.reactivex.rxjava3.core.Observable;
            import reactor.core.publisher.Flux;
            import reactor.core.publisher.Mono;
            import reactor.util.retry.Retry;
            class Calls {
              Mono<String> three(Mono<String> call) {
                // BUG: Diagnostic contains: Mono.retry(...) retries immediately
                return call.retry(3);
              }
              Flux<String> forever(Flux<String> call) {
                // BUG: Diagnostic contains: Flux.retry(...) retries immediately
                return call.retry();
              }
              Mono<String> max(Mono<String> call) {
                // BUG: Diagnostic contains: Retry.max(...)
                return call.retryWhen(Retry.max(3));
              }
              Observable<String> rx(Observable<String> call) {
                // BUG: Diagnostic contains: Observable.retry(...)
                return call.retry(2);
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsSettingsThatWait() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import com.github.rholder.retry.RetryerBuilder;
            import com.github.rholder.retry.WaitStrategies;
            import dev.failsafe.RetryPolicy;
            import io.github.resilience4j.retry.RetryConfig;
            import java.time.Duration;
            import java.time.temporal.ChronoUnit;
            import org.springframework.retry.annotation.Backoff;
            import org.springframework.retry.annotation.Retryable;
            import org.springframework.util.backoff.FixedBackOff;
            import reactor.core.publisher.Mono;
            import reactor.util.retry.Retry;
            class Policies {
              Duration configured;
              @Retryable(maxAttempts = 4, backoff = @Backoff(delay = 0))
              void delayZeroFallsBackToValue() {}
              @Retryable(maxAttempts = 4, backoff = @Backoff(value = 0, delay = 500))
              void delayWins() {}
              @Retryable(backoff = @Backoff(delayExpression = "${retry.delay}"))
              void placeholder() {}
              @org.springframework.resilience.annotation.Retryable(delay = 0, jitter = 100)
              void jittered() {}
              RetryConfig resilience() {
                return RetryConfig.custom().waitDuration(Duration.ofMillis(500)).waitDuration(configured)
                    .intervalFunction(io.github.resilience4j.core.IntervalFunction.of(Duration.ofMillis(300)))
                    .build();
              }
              RetryPolicy<Object> failsafe() {
                return RetryPolicy.builder().withBackoff(100, 2000, ChronoUnit.MILLIS).withDelay(Duration.ofSeconds(1))
                    .build();
              }
              FixedBackOff spring() {
                return new FixedBackOff(1000L, 3L);
              }
              void guava() {
                RetryerBuilder.<String>newBuilder().withWaitStrategy(WaitStrategies.exponentialWait()).build();
              }
              Mono<String> reactor(Mono<String> call) {
                return call.retryWhen(Retry.backoff(3, Duration.ofMillis(100)))
                    .retryWhen(Retry.fixedDelay(3, Duration.ofSeconds(1)));
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsBuildersWhoseDefaultIsNoWait() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import com.github.rholder.retry.Retryer;
            import com.github.rholder.retry.RetryerBuilder;
            import com.github.rholder.retry.StopStrategies;
            import dev.failsafe.RetryPolicy;
            class Policies {
              RetryPolicy<Object> failsafe() {
                // BUG: Diagnostic contains: RetryPolicy.builder() builds a retry that does not wait
                return RetryPolicy.builder()
                    .handle(java.io.IOException.class)
                    .withMaxRetries(3)
                    .build();
              }
              RetryPolicy<Object> failsafeDefaults() {
                // BUG: Diagnostic contains: RetryPolicy.ofDefaults() retries immediately
                return RetryPolicy.ofDefaults();
              }
              Retryer<String> guava() {
                // BUG: Diagnostic contains: RetryerBuilder.newBuilder() builds a retry that does not wait
                return RetryerBuilder.<String>newBuilder()
                    .withStopStrategy(StopStrategies.stopAfterAttempt(3))
                    .build();
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsBuildersThatWaitOrAreConfiguredElsewhere() {
    helper
        .addSourceLines(
            "Policies.java",
            """
            import dev.failsafe.RetryPolicy;
            import dev.failsafe.RetryPolicyBuilder;
            import dev.failsafe.RetryPolicyConfig;
            import java.time.Duration;
            class Policies {
              RetryPolicy<Object> jittered() {
                return RetryPolicy.builder().withMaxRetries(3).withDelay(Duration.ofMillis(200)).withJitter(0.2)
                    .build();
              }
              RetryPolicy<Object> copied(RetryPolicyConfig<Object> config) {
                return RetryPolicy.builder(config).build();
              }
              RetryPolicy<Object> stored() {
                RetryPolicyBuilder<Object> builder = RetryPolicy.builder().withMaxRetries(3);
                builder.withBackoff(Duration.ofMillis(100), Duration.ofSeconds(2));
                return builder.build();
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void honoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            import reactor.core.publisher.Mono;
            @SuppressWarnings("RetryWithoutBackoff")
            class Exporter {
              void send(String batch) {}
              void export(String batch) {
                for (int i = 0; i < 3; i++) {
                  try { send(batch); return; } catch (RuntimeException e) { System.err.println(e); }
                }
              }
              Mono<String> call(Mono<String> mono) {
                return mono.retry(2);
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
  void acceptsHandsFailureToRetryListenerInBoundedLoop() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              interface Listener { void onRetry(int attempt, RuntimeException e); }
              void send(String batch) {}
              void export(String batch, Listener listener) {
                for (int attempt = 1; attempt <= 3; attempt++) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    listener.onRetry(attempt, e);
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
  void flagsLogHelperTakingTheFailureStillRetriesAtOnce() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              void send(String batch) {}
              void logFailure(RuntimeException e) { System.err.println(e); }
              void export(String batch) {
                // BUG: Diagnostic contains: RetryWithoutBackoff
                for (int attempt = 1; attempt <= 3; attempt++) {
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
  void flagsCapturingTheFailureStillRetriesAtOnce() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              interface Tracker { void captureException(Throwable t); }
              void send(String batch) {}
              void export(String batch, Tracker tracker) {
                // BUG: Diagnostic contains: RetryWithoutBackoff
                for (int attempt = 1; attempt <= 3; attempt++) {
                  try {
                    send(batch);
                    return;
                  } catch (RuntimeException e) {
                    tracker.captureException(e);
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
  void flagsExitingAfterTooManyFailuresStillRetriesAtOnce() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            class Agent {
              void register() {}
              void start() {
                int failures = 0;
                // BUG: Diagnostic contains: RetryWithoutBackoff
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
        .doTest();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Handing over versus recording on a tracing or logging API

  @Test
  void flagsXrayAddExceptionStillRetriesAtOnce() {
    helper
        .addSourceLines(
            "Exporter.java",
            """
            class Exporter {
              interface Subsegment { void addException(Throwable t); }
              void send(String batch) {}
              void export(String batch, Subsegment subsegment) {
                // BUG: Diagnostic contains: RetryWithoutBackoff
                for (int attempt = 0; attempt < 3; attempt++) {
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
  void acceptsRethrowHelperTakingTheFailureMayWait() {
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
}
