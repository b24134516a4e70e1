package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Node;
import java.util.List;
import java.util.Objects;

/**
 * What a procedure decides: the rule, the node the finding is reported at (a call is reported at its method name, a
 * loop at its keyword, anything else at its start), the message, and a fix as text edits with a short description of
 * what it does, when the remedy is unambiguous (no edits otherwise).
 */
public record Finding(String rule, Node anchor, String message, List<TextEdit> fix, String fixDescription) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(message, "message");
    fix = List.copyOf(fix);
    fixDescription = fix.isEmpty() ? "" : Objects.requireNonNull(fixDescription, "fixDescription");
  }

  /** A finding without a fix. */
  public Finding(String rule, Node anchor, String message) {
    this(rule, anchor, message, List.of(), "");
  }

  /** The line a front end reports the finding on. */
  public int line() {
    return anchor.reportLine();
  }
}
