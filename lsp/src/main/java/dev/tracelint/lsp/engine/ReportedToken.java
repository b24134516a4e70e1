package dev.tracelint.lsp.engine;

/**
 * The token an editor underlines for a finding, found from where PMD placed it.
 *
 * <p>tracelint's PMD rules place a call at its method name token already, but a loop, a constructor call or an
 * annotation at the whole node, which spans many lines. An underline over a whole loop hides the code it is about, so
 * the span is narrowed to the word that starts the location: the method name of a call, the keyword of a loop
 * ({@code while}, {@code for}, {@code do}), {@code new} of a constructor call, and {@code @Name} (qualified or not)
 * of an annotation. A location that starts elsewhere keeps PMD's span, cut at the end of its first line.
 *
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character
 * @param endLine 1-based line of the last character
 * @param endColumn 1-based column just after the last character
 */
record ReportedToken(int line, int column, int endLine, int endColumn) {

  /**
   * The token at PMD's location ({@code beginColumn} inclusive, {@code endColumn} exclusive, both 1-based) in
   * {@code text}, which is the text PMD analysed. Never fails: positions outside the text are clamped into it.
   */
  static ReportedToken at(String text, int beginLine, int beginColumn, int endLine, int endColumn) {
    String lineText = line(text, beginLine);
    int start = Math.max(0, Math.min(beginColumn - 1, lineText.length()));
    int end = wordEnd(lineText, start);
    if (end == start) {
      end = endLine == beginLine ? Math.max(start, Math.min(endColumn - 1, lineText.length())) : lineText.length();
    }
    return new ReportedToken(beginLine, start + 1, beginLine, end + 1);
  }

  /** The end of the identifier, keyword or {@code @annotation} name starting at {@code start}, or {@code start}. */
  private static int wordEnd(String lineText, int start) {
    if (start >= lineText.length()) {
      return start;
    }
    if (lineText.charAt(start) == '@') {
      int end = start + 1;
      while (end < lineText.length()
          && (Character.isJavaIdentifierPart(lineText.charAt(end)) || lineText.charAt(end) == '.')) {
        end++;
      }
      return end;
    }
    if (!Character.isJavaIdentifierStart(lineText.charAt(start))) {
      return start;
    }
    int end = start + 1;
    while (end < lineText.length() && Character.isJavaIdentifierPart(lineText.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Line {@code number} (1-based) of {@code text} without its terminator; empty when there is no such line. */
  private static String line(String text, int number) {
    int start = 0;
    for (int current = 1; current < number; current++) {
      int next = nextLineStart(text, start);
      if (next < 0) {
        return "";
      }
      start = next;
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(start, end);
  }

  private static int nextLineStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    return -1;
  }
}
