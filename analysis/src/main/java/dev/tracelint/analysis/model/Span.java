package dev.tracelint.analysis.model;

/**
 * Where a node is in its compilation unit's text: character offsets (end exclusive) and the 1-based line of its start.
 * Offsets index the text the engine parsed, so that edits computed on them apply to that text.
 */
public record Span(int start, int end, int line) {

  /** For nodes an engine has no position for; never used to report or edit. */
  public static final Span NONE = new Span(-1, -1, 0);

  public boolean isKnown() {
    return start >= 0 && end >= start;
  }
}
