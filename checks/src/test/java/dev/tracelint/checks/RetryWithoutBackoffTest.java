package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What only the Error Prone face of RetryWithoutBackoff decides: the {@code BackoffMethods} flag and suppression. What
 * the rule flags and what it leaves alone is pinned once, for both engines, in
 * {@code conformance/src/test/resources/corpus/RetryWithoutBackoff/} (and the UnboundedRetry corpus, judged for both).
 */
class RetryWithoutBackoffTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(RetryWithoutBackoff.class, getClass());

  @Test
  void backoffMethodsOptionAddsInHouseWaitsToTheCatalogue() {
    helper
        .setArgs("-XepOpt:RetryWithoutBackoff:BackoffMethods="
            + "com.example.missing.Pacer#hold,com.example.agent.Pacer#hold")
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
              void hold(int attempt) {}
              void pacedByTheListedHelper(String batch) {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { pacer.hold(attempt); }
                }
              }
              void pacedByTheCatalogue(String batch) throws InterruptedException {
                for (int attempt = 0; attempt < 3; attempt++) {
                  try { send(batch); return; } catch (RuntimeException e) { Thread.sleep(100L << attempt); }
                }
              }
              void heldByAMethodOfTheSameNameOnAnotherOwner(String batch) {
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
}
