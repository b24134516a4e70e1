package dev.tracelint.lsp.actions;

/**
 * Replaces the characters from {@code start} (inclusive) to {@code end} (exclusive) of a source by {@code
 * replacement}; offsets count UTF-16 code units from the start of the text. The engine-neutral form of a fix: Error
 * Prone's {@code SuggestedFix}, an editor's text edit and a patch are all built from it.
 */
public record SourceEdit(int start, int end, String replacement) {
  public SourceEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
    }
  }
}
