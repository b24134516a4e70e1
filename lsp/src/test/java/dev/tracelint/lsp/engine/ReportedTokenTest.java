package dev.tracelint.lsp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportedTokenTest {
  private static final String SOURCE = String.join("\n",
      "class A {",
      "  @Retryable(maxAttempts = 1)",
      "  void run() {",
      "    while (true) {",
      "      client.post();",
      "    }",
      "    @org.example.Flag int x = 1;",
      "  }",
      "}");

  @Test
  void narrowsALoopToItsKeyword() {
    // PMD reports the whole statement: lines 4 to 6
    assertEquals(new ReportedToken(4, 5, 4, 10), ReportedToken.at(SOURCE, 4, 5, 6, 6));
  }

  @Test
  void keepsAMethodNameToken() {
    assertEquals(new ReportedToken(5, 14, 5, 18), ReportedToken.at(SOURCE, 5, 14, 5, 18));
  }

  @Test
  void narrowsAnAnnotationToItsName() {
    assertEquals(new ReportedToken(2, 3, 2, 13), ReportedToken.at(SOURCE, 2, 3, 2, 30));
  }

  @Test
  void includesTheQualifierOfAQualifiedAnnotation() {
    assertEquals(new ReportedToken(7, 5, 7, 22), ReportedToken.at(SOURCE, 7, 5, 7, 33));
  }

  @Test
  void keepsPmdsSpanWhenTheLocationStartsOnAPunctuationMark() {
    assertEquals(new ReportedToken(1, 9, 1, 10), ReportedToken.at(SOURCE, 1, 9, 1, 10));
  }

  @Test
  void cutsAMultiLineSpanThatStartsOnAPunctuationMarkAtTheEndOfItsLine() {
    assertEquals(new ReportedToken(1, 9, 1, 10), ReportedToken.at(SOURCE, 1, 9, 9, 2));
  }

  @Test
  void clampsPositionsOutsideTheText() {
    assertEquals(new ReportedToken(1, 10, 1, 10), ReportedToken.at(SOURCE, 1, 99, 1, 120));
    assertEquals(new ReportedToken(42, 1, 42, 1), ReportedToken.at(SOURCE, 42, 3, 42, 9));
  }

  @Test
  void countsLinesEndedByCarriageReturnsToo() {
    assertEquals(new ReportedToken(2, 3, 2, 7), ReportedToken.at("a\r\n  span.end();\r\n", 2, 3, 2, 7));
    assertEquals(new ReportedToken(2, 1, 2, 3), ReportedToken.at("a\rdo {} while (x);", 2, 1, 2, 17));
  }
}
