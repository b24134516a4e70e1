package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Node;
import java.util.List;
import java.util.Objects;

/**
 * What a procedure decides: the rule, the node the finding is reported at (a call is reported at its method name, a
 * loop at its keyword, anything else at its start), the message, and a fix as text edits when the remedy is
 * unambiguous (empty otherwise).
 */
public record Finding(String rule, Node anchor, String message, List<TextEdit> fix) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(message, "message");
    fix = List.copyOf(fix);
  }

  public Finding(String rule, Node anchor, String message) {
    this(rule, anchor, message, List.of());
  }

  /** The line a front end reports the finding on. */
  public int line() {
    return anchor.reportLine();
  }
}
