package dev.tracelint.checks;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What only the Error Prone face of UnboundedRetry decides: suppression and robustness. What the rule flags and what
 * it leaves alone is pinned once, for both engines, in {@code conformance/src/test/resources/corpus/UnboundedRetry/}.
 */
class UnboundedRetryTest {

  private final CompilationTestHelper helper = CompilationTestHelper.newInstance(UnboundedRetry.class, getClass());

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
}
