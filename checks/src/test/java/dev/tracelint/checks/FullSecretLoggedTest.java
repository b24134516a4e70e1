package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What only Error Prone does with FullSecretLogged: reads its {@code -XepOpt} flags, honours
 * {@code @SuppressWarnings}, and survives odd code. What the rule flags and what it does not is pinned once, for both
 * engines, in {@code conformance/src/test/resources/corpus/FullSecretLogged/}.
 */
class FullSecretLoggedTest {

  private final CompilationTestHelper helper = CompilationTestHelper.newInstance(FullSecretLogged.class, getClass());

  @Test
  void extendsSecretNamesFromTheOption() {
    helper
        .setArgs("-XepOpt:FullSecretLogged:SecretNames=(?i)licen[cs]e")
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              void start(String licenseKey, String licenseName, String apiKey) {
                // BUG: Diagnostic contains: 'licenseKey'
                log.info("license {}", licenseKey);
                log.info("license {}", licenseName);
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key {}", apiKey);
              }
            }
            """)
        .doTest();
  }

  @Test
  void honoursMaskingMethodsFromTheOption() {
    helper
        .setArgs("-XepOpt:FullSecretLogged:MaskingMethods=com.example.KeyView#getApiKey")
        .addSourceLines(
            "com/example/KeyView.java",
            """
            package com.example;
            public class KeyView {
              public String getApiKey() { return "sk-****"; }
              public String getToken() { return ""; }
            }
            """)
        .addSourceLines(
            "Agent.java",
            """
            import com.example.KeyView;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              void start(KeyView view) {
                log.info("key {}", view.getApiKey());
                // BUG: Diagnostic contains: 'getToken()'
                log.info("token {}", view.getToken());
              }
            }
            """)
        .doTest();
  }

  @Test
  void rejectsAMalformedMaskingMethodNamingTheEntry() {
    CompilationTestHelper bad = CompilationTestHelper.newInstance(FullSecretLogged.class, getClass())
        .setArgs("-XepOpt:FullSecretLogged:MaskingMethods=com.example.Redactor")
        .addSourceLines("A.java", "class A {}");
    AssertionError thrown = assertThrows(AssertionError.class, bad::doTest);
    assertTrue(thrown.getMessage().contains("error: [FullSecretLogged]"), thrown.getMessage());
    assertTrue(causeChainMentions(thrown, "invalid entry 'com.example.Redactor'"), String.valueOf(thrown));
    assertTrue(!causeChainMentions(thrown, "An exception has occurred in the compiler"), String.valueOf(thrown));
  }

  @Test
  void readsLoggingMethodsFromTheOption() {
    helper
        .setArgs("-XepOpt:FullSecretLogged:LoggingMethods=com.example.AuditLog#record")
        .addSourceLines(
            "com/example/AuditLog.java",
            """
            package com.example;
            public class AuditLog {
              public void record(String message, Object... details) {}
              public void count(Object detail) {}
            }
            """)
        .addSourceLines(
            "Agent.java",
            """
            import com.example.AuditLog;
            class Agent {
              void rotate(AuditLog audit, String apiKey) {
                // BUG: Diagnostic contains: 'apiKey'
                audit.record("rotated {}", apiKey);
                audit.count(apiKey);
              }
            }
            """)
        .doTest();
  }

  @Test
  void rejectsAnOptionKeyTheRuleDoesNotTake() {
    CompilationTestHelper bad = CompilationTestHelper.newInstance(FullSecretLogged.class, getClass())
        .setArgs("-XepOpt:FullSecretLogged:maskingMethods=com.example.Redactor#scrub")
        .addSourceLines("A.java", "class A {}");
    AssertionError thrown = assertThrows(AssertionError.class, bad::doTest);
    assertTrue(thrown.getMessage().contains("error: [FullSecretLogged]"), thrown.getMessage());
    assertTrue(causeChainMentions(thrown, "FullSecretLogged takes no option maskingMethods"), String.valueOf(thrown));
    assertTrue(causeChainMentions(thrown, "MaskingMethods"), String.valueOf(thrown));
  }

  @Test
  void rejectsAnInvalidSecretNamesRegexNamingIt() {
    CompilationTestHelper bad = CompilationTestHelper.newInstance(FullSecretLogged.class, getClass())
        .setArgs("-XepOpt:FullSecretLogged:SecretNames=(unclosed")
        .addSourceLines("A.java", "class A {}");
    AssertionError thrown = assertThrows(AssertionError.class, bad::doTest);
    assertTrue(causeChainMentions(thrown, "FullSecretLogged:SecretNames"), String.valueOf(thrown));
    assertTrue(causeChainMentions(thrown, "'(unclosed'"), String.valueOf(thrown));
  }

  @Test
  void honoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              @SuppressWarnings("FullSecretLogged")
              void debugOnly(String apiKey) {
                log.info("key {}", apiKey);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void staysSilentAndAliveOnDeeplyNestedExpressions() {
    // Not literals: javac folds adjacent string literals, PMD does not; both must walk 300 real levels.
    String deepConcatenation = "apiKey" + " + other".repeat(300);
    String deepChain = "new StringBuilder()" + ".append(\"x\")".repeat(300);
    helper
        .addSourceLines(
            "Deep.java",
            "import org.slf4j.Logger;",
            "class Deep {",
            "  Logger log;",
            "  void run(String apiKey, String other) {",
            "    log.info(" + deepChain + ".toString());",
            "    String deep = " + deepConcatenation + ";",
            // The secret sits 300 levels deep, past the depth guard: given up on, not crashed on.
            "    log.info(deep);",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  private static boolean causeChainMentions(Throwable thrown, String text) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(text)) {
        return true;
      }
    }
    return false;
  }
}
