package dev.tracelint.lsp.actions;

import dev.tracelint.lsp.engine.Finding;
import java.util.Optional;
import net.sourceforge.pmd.lang.rule.RuleSet;

/**
 * Where a rule's own fix comes from: given a source, one of its findings and how it was analysed, the fix the rule
 * offers for it. The language server offers the result as the preferred quick fix, next to suppressing the rule.
 */
@FunctionalInterface
public interface FixProvider {
  /** Offers no fix for any finding. */
  FixProvider NONE = (source, finding, rules, auxClasspath) -> Optional.empty();

  /**
   * The fix for {@code finding}, which {@code rules} reported in {@code source} with types from {@code auxClasspath}
   * (empty: none); empty when the rule offers none (its remedy is ambiguous, or the rule has no fix).
   */
  Optional<RuleFix> fixFor(String source, Finding finding, RuleSet rules, String auxClasspath);
}
