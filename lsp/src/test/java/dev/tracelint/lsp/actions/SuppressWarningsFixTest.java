package dev.tracelint.lsp.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressWarningsFixTest {
  @Test
  void annotatesTheEnclosingMethodKeepingEverythingElse() {
    String source = """
        package p;

        import java.util.List;

        class Agent {
          // answers questions
          @Override
          public   String answer(String q)   {
            return  q ;   // odd spacing stays
          }
        }
        """;
    assertFixed(source, 9, 13, "Suppress UnclosedTrace in method 'answer'", """
        package p;

        import java.util.List;

        class Agent {
          // answers questions
          @Override
          @SuppressWarnings("UnclosedTrace")
          public   String answer(String q)   {
            return  q ;   // odd spacing stays
          }
        }
        """);
  }

  @Test
  void mergesIntoASingleSuppressedName() {
    assertFixed("""
        class Agent {
          @SuppressWarnings("unchecked")
          Agent() {
            run();
          }
        }
        """, 4, 5, "Suppress UnclosedTrace in constructor 'Agent'", """
        class Agent {
          @SuppressWarnings({ "unchecked", "UnclosedTrace" })
          Agent() {
            run();
          }
        }
        """);
  }

  @Test
  void mergesIntoAnArrayOfNamesAndANamedValue() {
    assertFixed("""
        class Agent {
          @java.lang.SuppressWarnings({"unchecked", "rawtypes"}) void a() { run(); }
          @SuppressWarnings(value = "unused") void b() { run(); }
        }
        """, 2, 64, "Suppress UnclosedTrace in method 'a'", """
        class Agent {
          @java.lang.SuppressWarnings({ "unchecked", "rawtypes", "UnclosedTrace" }) void a() { run(); }
          @SuppressWarnings(value = "unused") void b() { run(); }
        }
        """);
    assertFixed("""
        class Agent {
          @SuppressWarnings(value = "unused") void b() { run(); }
        }
        """, 2, 50, "Suppress UnclosedTrace in method 'b'", """
        class Agent {
          @SuppressWarnings(value = { "unused", "UnclosedTrace" }) void b() { run(); }
        }
        """);
  }

  @Test
  void picksTheInnermostMethodOfALocalOrAnonymousClass() {
    String source = """
        class Agent {
          void outer() {
            Runnable r = new Runnable() {
              public void run() {
                work();
              }
            };
          }
        }
        """;
    assertEquals("Suppress UnclosedTrace in method 'run'",
        SuppressWarningsFix.at(source, "UnclosedTrace", 5, 9).orElseThrow().title());
  }

  @Test
  void fallsBackToTheFieldOutsideMethods() {
    assertFixed("""
        class Agent {
          static final Object POLICY = RetryConfig.custom().maxAttempts(Integer.MAX_VALUE).build();
        }
        """, 2, 53, "Suppress UnboundedRetry in field 'POLICY'", """
        class Agent {
          @SuppressWarnings("UnboundedRetry")
          static final Object POLICY = RetryConfig.custom().maxAttempts(Integer.MAX_VALUE).build();
        }
        """, "UnboundedRetry");
  }

  @Test
  void offersNothingWhenTheRuleIsSuppressedAlready() {
    assertEquals(Optional.empty(), SuppressWarningsFix.at("""
        class Agent {
          @SuppressWarnings({"UnclosedTrace"}) void a() { run(); }
        }
        """, "UnclosedTrace", 2, 51));
  }

  @Test
  void offersNothingForASourceThatDoesNotParse() {
    assertEquals(Optional.empty(), SuppressWarningsFix.at("class Agent { void a() { run( }", "UnclosedTrace", 1, 26));
  }

  @Test
  void offersNothingOutsideEveryDeclaration() {
    assertEquals(Optional.empty(), SuppressWarningsFix.at("package p;\n\nclass Agent {}\n", "UnclosedTrace", 1, 1));
  }

  @Test
  void cutsTheEditDownToTheChangedText() {
    assertEquals(new SourceEdit(4, 4, "XY"), SuppressWarningsFix.difference("abcdefg", "abcdXYefg"));
    assertEquals(new SourceEdit(0, 7, ""), SuppressWarningsFix.difference("abcdefg", ""));
    assertEquals(new SourceEdit(2, 2, "a"), SuppressWarningsFix.difference("aa", "aaa"));
  }

  private static void assertFixed(String source, int line, int column, String title, String expected) {
    assertFixed(source, line, column, title, expected, "UnclosedTrace");
  }

  private static void assertFixed(String source, int line, int column, String title, String expected, String rule) {
    RuleFix fix = SuppressWarningsFix.at(source, rule, line, column).orElseThrow();
    assertEquals(title, fix.title());
    assertEquals(1, fix.edits().size());
    SourceEdit edit = fix.edits().get(0);
    assertEquals(expected, source.substring(0, edit.start()) + edit.replacement() + source.substring(edit.end()));
  }
}
