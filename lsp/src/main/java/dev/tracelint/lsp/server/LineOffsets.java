package dev.tracelint.lsp.server;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;

/**
 * Converts between offsets in a text and the protocol's positions (0-based line, 0-based UTF-16 column), with
 * {@code \n}, {@code \r\n} and {@code \r} all ending a line, as the protocol says.
 */
final class LineOffsets {
  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();

  LineOffsets(String text) {
    this.text = text;
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        lineStarts.add(i + 1);
      }
    }
  }

  /** The offset of {@code position}, clamped into the text (a column past the end of its line means the end). */
  int offsetOf(Position position) {
    if (position.getLine() < 0) {
      return 0;
    }
    if (position.getLine() >= lineStarts.size()) {
      return text.length();
    }
    int start = lineStarts.get(position.getLine());
    int end = position.getLine() + 1 < lineStarts.size() ? lineStarts.get(position.getLine() + 1) : text.length();
    return start + Math.max(0, Math.min(position.getCharacter(), end - start));
  }

  /** The position of {@code offset}, clamped into the text. */
  Position positionOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = 0;
    int low = 0;
    int high = lineStarts.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (lineStarts.get(middle) <= clamped) {
        line = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return new Position(line, clamped - lineStarts.get(line));
  }
}
