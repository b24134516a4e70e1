package dev.tracelint.analysis.model;

import java.util.Arrays;

/** The offsets at which a text's lines start, to answer "which line is this offset on" in logarithmic time. */
public final class LineStarts {
  private final int[] starts;

  public LineStarts(CharSequence text) {
    int[] found = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(found, count);
  }

  /** The 1-based line of {@code offset}; a negative offset is line 0. */
  public int lineAt(int offset) {
    if (offset < 0) {
      return 0;
    }
    int index = Arrays.binarySearch(starts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }
}
