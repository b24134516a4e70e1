package dev.tracelint.lsp.actions;

import dev.tracelint.lsp.engine.Finding;
import java.util.Optional;

/**
 * Where a rule's own fix comes from: given a source and one of its findings, the fix the rule offers for it. The
 * language server offers the result as the preferred quick fix, next to suppressing the rule.
 *
 * <p>The rules' fixes (UnclosedTrace's {@code try/finally} or try-with-resources rewrite) are computed by the rules'
 * decision procedures as engine-neutral {@link SourceEdit}s; an implementation of this interface that calls them is
 * passed to the server at start-up ({@code Launcher}). The PMD rules report no fix, so until the procedures can be
 * called directly the server starts with {@link #NONE}.
 */
@FunctionalInterface
public interface FixProvider {
  /** Offers no fix for any finding. */
  FixProvider NONE = (source, finding) -> Optional.empty();

  /**
   * The fix for {@code finding}, which the rules reported in {@code source}; empty when the rule offers none (its
   * remedy is ambiguous, or the rule has no fix).
   */
  Optional<RuleFix> fixFor(String source, Finding finding);
}
