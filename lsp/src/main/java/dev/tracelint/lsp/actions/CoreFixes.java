package dev.tracelint.lsp.actions;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.TextEdit;
import dev.tracelint.analysis.UnclosedTrace;
import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.lsp.engine.Finding;
import dev.tracelint.lsp.engine.PmdRunner;
import dev.tracelint.lsp.engine.SourceText;
import dev.tracelint.pmd.PmdAdapter;
import dev.tracelint.pmd.UnclosedTraceRule;
import java.util.List;
import java.util.Optional;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;

/**
 * The rules' own fixes, from the engine-neutral core: the same procedure the PMD rule runs, with the same options,
 * over the same text and types, asked for the edits of the finding under the cursor. The same edits Error Prone
 * offers as a suggested fix. Computed when an editor asks for code actions, not on every keystroke.
 */
public final class CoreFixes implements FixProvider {
  private final PmdRunner runner;

  public CoreFixes(PmdRunner runner) {
    this.runner = runner;
  }

  @Override
  public Optional<RuleFix> fixFor(String source, Finding finding, RuleSet rules, String auxClasspath) {
    if (!finding.ruleName().equals(UnclosedTrace.RULE)) {
      return Optional.empty();
    }
    Rule rule = rules.getRuleByName(UnclosedTrace.RULE);
    if (!(rule instanceof UnclosedTraceRule) || rule.dysfunctionReason() != null) {
      return Optional.empty();
    }
    Procedure procedure;
    try {
      procedure = ((UnclosedTraceRule) rule).configuredProcedure();
    } catch (CatalogConfigurationException e) {
      return Optional.empty();
    }
    FindingsOfProcedure capture = new FindingsOfProcedure(procedure);
    runner.analyze(List.of(new SourceText("Fix.java", source)), RuleSet.forSingleRule(capture), auxClasspath);
    return capture.findings.stream()
        .filter(candidate -> candidate.line() == finding.line() && !candidate.fix().isEmpty())
        .findFirst()
        .map(candidate -> new RuleFix(candidate.fixDescription(), candidate.fix().stream()
            .map(CoreFixes::sourceEdit).toList()));
  }

  private static SourceEdit sourceEdit(TextEdit edit) {
    return new SourceEdit(edit.start(), edit.end(), edit.replacement());
  }

  /** Keeps what a procedure finds in the one file analysed, with the fixes PMD's report has no place for. */
  private static final class FindingsOfProcedure extends AbstractJavaRulechainRule {
    private final Procedure procedure;
    private List<dev.tracelint.analysis.Finding> findings = List.of();

    FindingsOfProcedure(Procedure procedure) {
      super(ASTCompilationUnit.class);
      this.procedure = procedure;
      setName("tracelint-fixes-of-" + procedure.rule());
      setMessage(procedure.rule());
      setLanguage(JavaLanguageModule.getInstance());
    }

    @Override
    public Object visit(ASTCompilationUnit unit, Object data) {
      try {
        findings = procedure.findings(PmdAdapter.unitOf(unit));
      } catch (RuntimeException | StackOverflowError e) {
        findings = List.of();
      }
      return null;
    }
  }
}
