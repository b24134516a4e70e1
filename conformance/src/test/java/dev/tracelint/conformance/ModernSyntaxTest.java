package dev.tracelint.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No check and no rule may throw on any Java 17 syntax or on huge or deeply nested code: every check and every rule
 * (PMD with and without an auxclasspath) runs over hand-written sources that mix tracing, logging, retry and handler
 * calls into every Java 17 construct, and over generated stress sources; the build must succeed with no crash.
 */
class ModernSyntaxTest {

  static final int LONG_METHOD_STATEMENTS = 5_000;
  static final int NESTING_DEPTH = 100;
  static final int CHAIN_LENGTH = 300;
  static final int CONCATENATION_TERMS = 2_000;
  static final long LARGE_STACK_BYTES = 64L * 1024 * 1024;

  @Test
  void noCheckOrRuleThrowsOnJava17SyntaxOrStressSources(@TempDir Path dir) throws IOException {
    List<Path> sources = new ArrayList<>(EngineAgreementTest.javaFiles(ConformancePaths.modernSyntaxDir()));
    sources.addAll(writeStressSources(dir));
    EngineFaces faces = EngineFaces.discover();

    ErrorProneRun errorProne = onLargeStack(
        () -> ErrorProneRun.compile(sources, faces.errorProneChecks(), "WARN", UserOptions.errorProneFlags()));

    assertEquals(List.of(), errorProne.crashes(), "Error Prone checks threw");
    assertTrue(errorProne.succeeded(), errorProne::describeAll);
    if (!faces.pmdRules().isEmpty()) {
      String ruleset = PmdRun.rulesetXml(faces.pmdRules(), UserOptions.pmdProperties(faces.pmdRules()));
      for (boolean withAuxclasspath : List.of(true, false)) {
        PmdRun pmd = onLargeStack(() -> PmdRun.analyse(sources, withAuxclasspath, ruleset));
        assertEquals(List.of(), pmd.problems(),
            "PMD " + (withAuxclasspath ? "with" : "without") + " auxclasspath reported errors");
      }
    }
  }

  /**
   * Error Prone's own scanner and PMD's own AST visitors (not tracelint's code) recurse several frames per operand of a
   * long {@code +} chain and overflow the default 1 MB thread stack near 2,000 terms, as a user's build would without
   * {@code -Xss}; both engines therefore run on a thread with a larger stack, so that the test judges the checks and
   * rules, not the engines.
   */
  static <T> T onLargeStack(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable thrown) {
        failure.set(thrown);
      }
    }, "large-stack-javac", LARGE_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure.get() != null) {
      throw new AssertionError("the compilation threw", failure.get());
    }
    return result.get();
  }

  @Test
  void stressSourcesHaveTheAdvertisedSize(@TempDir Path dir) throws IOException {
    List<Path> files = writeStressSources(dir);
    String longMethod = Files.readString(files.get(0), UTF_8);
    String nested = Files.readString(files.get(1), UTF_8);
    String chain = Files.readString(files.get(2), UTF_8);
    String concatenation = Files.readString(files.get(3), UTF_8);

    assertTrue(longMethod.lines().count() > LONG_METHOD_STATEMENTS);
    assertEquals(NESTING_DEPTH, nested.split("if \\(depth > ", -1).length - 1);
    assertEquals(CHAIN_LENGTH, chain.split("\\.setAttribute\\(", -1).length - 1);
    assertEquals(CONCATENATION_TERMS - 1, concatenation.split(" \\+ ", -1).length - 1);
    assertEquals(Set.of("LongMethod.java", "DeepNesting.java", "LongChain.java", "LongConcatenation.java"),
        Set.copyOf(files.stream().map(file -> file.getFileName().toString()).toList()));
  }

  /** Writes the generated sources (package {@code stress}) and returns them in a fixed order. */
  static List<Path> writeStressSources(Path dir) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("stress"));
    return List.of(
        Files.writeString(pkg.resolve("LongMethod.java"), longMethod(), UTF_8),
        Files.writeString(pkg.resolve("DeepNesting.java"), deepNesting(), UTF_8),
        Files.writeString(pkg.resolve("LongChain.java"), longChain(), UTF_8),
        Files.writeString(pkg.resolve("LongConcatenation.java"), longConcatenation(), UTF_8));
  }

  /** One method of thousands of statements, a span open across all of them and a retry loop in the middle. */
  static String longMethod() {
    StringBuilder code = new StringBuilder("""
        package stress;

        import io.opentelemetry.api.trace.Span;
        import io.opentelemetry.api.trace.Tracer;
        import org.slf4j.Logger;

        class LongMethod {
          int run(Tracer tracer, Logger log, String apiKey) throws InterruptedException {
            Span span = tracer.spanBuilder("long").startSpan();
            int total = 0;
        """);
    for (int i = 0; i < LONG_METHOD_STATEMENTS; i++) {
      if (i % 50 == 0) {
        code.append("    span.addEvent(\"e").append(i).append("\");\n");
      } else if (i % 250 == 7) {
        code.append("    log.debug(\"step {} key length {}\", total, apiKey.length());\n");
      } else if (i == LONG_METHOD_STATEMENTS / 2) {
        code.append("    while (true) { try { total += apiKey.charAt(0); break; } catch (RuntimeException e) { ")
            .append("Thread.sleep(10); } }\n");
      } else {
        code.append("    total += ").append(i % 7).append(";\n");
      }
    }
    return code.append("""
            span.end();
            return total;
          }
        }
        """).toString();
  }

  /** Blocks and ifs nested a hundred deep, with tracing calls at the bottom. */
  static String deepNesting() {
    StringBuilder code = new StringBuilder("""
        package stress;

        import io.opentelemetry.api.trace.Span;
        import io.opentelemetry.api.trace.Tracer;

        class DeepNesting {
          int run(Tracer tracer, int depth) {
            int reached = 0;
        """);
    for (int i = 0; i < NESTING_DEPTH; i++) {
      code.append("    ".repeat(1 + i % 8)).append(i % 2 == 0 ? "if (depth > " + i + ") {\n" : "{ reached++;\n");
      if (i % 2 == 1) {
        code.append("if (depth > ").append(i).append(") {\n");
      }
    }
    code.append("""
        Span span = tracer.spanBuilder("deep").startSpan();
        try {
          reached += depth;
        } finally {
          span.end();
        }
        """);
    for (int i = 0; i < NESTING_DEPTH; i++) {
      code.append(i % 2 == 1 ? "}}\n" : "}\n");
    }
    return code.append("    return reached;\n  }\n}\n").toString();
  }

  /** A builder chain hundreds of calls long, ending in a start call on its own line. */
  static String longChain() {
    StringBuilder code = new StringBuilder("""
        package stress;

        import io.opentelemetry.api.trace.Span;
        import io.opentelemetry.api.trace.Tracer;

        class LongChain {
          void run(Tracer tracer) {
            Span span = tracer.spanBuilder("chain")
        """);
    for (int i = 0; i < CHAIN_LENGTH; i++) {
      code.append("        .setAttribute(\"k").append(i).append("\", ").append(i).append("L)\n");
    }
    return code.append("""
                .startSpan();
            try {
              span.addEvent("built");
            } finally {
              span.end();
            }
          }
        }
        """).toString();
  }

  /** A logging call whose message is a concatenation of thousands of terms, a secret-named variable among them. */
  static String longConcatenation() {
    StringBuilder code = new StringBuilder("""
        package stress;

        import org.slf4j.Logger;

        class LongConcatenation {
          String run(Logger log, String token, int count) {
            String message = "start"
        """);
    for (int i = 1; i < CONCATENATION_TERMS; i++) {
      code.append(i % 10 == 0 ? "\n        " : "").append(" + ")
          .append(i % 3 == 0 ? "count" : i == CONCATENATION_TERMS / 2 ? "token.length()" : "\"t" + i + "\"");
    }
    return code.append("""
        ;
            log.info(message);
            return message;
          }
        }
        """).toString();
  }
}
