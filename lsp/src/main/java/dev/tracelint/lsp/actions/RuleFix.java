package dev.tracelint.lsp.actions;

import java.util.List;

/**
 * A change that resolves one finding: the title an editor shows in its quick-fix menu and the edits, all on the
 * finding's source, non-overlapping, offsets relative to the source before any edit.
 */
public record RuleFix(String title, List<SourceEdit> edits) {
  public RuleFix {
    edits = List.copyOf(edits);
  }
}
