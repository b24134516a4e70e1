package dev.tracelint.lsp.server;

import dev.tracelint.lsp.engine.Finding;
import java.util.List;

/**
 * What to show while a buffer does not parse (the user is in the middle of typing): the last findings whose lines
 * are still exactly as they were when the findings were made. A finding on a line that changed, or moved, is
 * dropped rather than shown at a place it may no longer describe; a finding elsewhere stays, so that warnings do not
 * flicker away at every keystroke.
 */
final class UnchangedLines {
  private UnchangedLines() {}

  static List<Finding> keep(List<Finding> findings, String analysedText, String currentText) {
    List<String> before = analysedText.lines().toList();
    List<String> after = currentText.lines().toList();
    return findings.stream()
        .filter(finding -> sameLines(before, after, finding.line(), finding.endLine()))
        .toList();
  }

  private static boolean sameLines(List<String> before, List<String> after, int firstLine, int lastLine) {
    for (int line = firstLine; line <= lastLine; line++) {
      if (line > before.size() || line > after.size() || !before.get(line - 1).equals(after.get(line - 1))) {
        return false;
      }
    }
    return true;
  }
}
