package dev.tracelint.analysis;

/**
 * Replace the characters {@code [start, end)} of the unit's text with {@code replacement}: an engine-neutral fix that
 * Error Prone applies as a {@code SuggestedFix} and an editor as a workspace edit. An insertion has
 * {@code start == end}.
 */
public record TextEdit(int start, int end, String replacement) {

  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  /** Applies edits that do not overlap to {@code text}. */
  public static String apply(CharSequence text, java.util.List<TextEdit> edits) {
    java.util.List<TextEdit> sorted = new java.util.ArrayList<>(edits);
    sorted.sort(java.util.Comparator.comparingInt(TextEdit::start).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit edit : sorted) {
      out.replace(edit.start(), edit.end(), edit.replacement());
    }
    return out.toString();
  }
}
