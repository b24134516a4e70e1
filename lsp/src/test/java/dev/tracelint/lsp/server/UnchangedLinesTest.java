package dev.tracelint.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracelint.lsp.engine.Finding;
import dev.tracelint.lsp.engine.FindingSeverity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnchangedLinesTest {
  private static final String PARSED = "class A {\n  void a() { start(); }\n  void b() { start(); }\n}\n";

  @Test
  void keepsFindingsOnLinesThatDidNotChangeAndDropsTheOthers() {
    Finding onA = finding(2);
    Finding onB = finding(3);
    String typing = "class A {\n  void a() { start(); }\n  void b() { start(; }\n}\n";
    assertEquals(List.of(onA), UnchangedLines.keep(List.of(onA, onB), PARSED, typing));
  }

  @Test
  void dropsFindingsWhoseLinesMoved() {
    String inserted = "class A {\n  int x =\n  void a() { start(); }\n  void b() { start(); }\n}\n";
    assertEquals(List.of(), UnchangedLines.keep(List.of(finding(2), finding(3)), PARSED, inserted));
  }

  @Test
  void dropsFindingsBeyondTheEndOfAShortenedText() {
    assertEquals(List.of(), UnchangedLines.keep(List.of(finding(3)), PARSED, "class A {\n"));
  }

  private static Finding finding(int line) {
    return new Finding("UnclosedTrace", "m", FindingSeverity.WARNING, "", line, 14, line, 19);
  }
}
