package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AnnotationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.DoWhileLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ForLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.WhileLoopTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.WhileLoopTree;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.RetryCatalog;
import java.util.List;
import javax.inject.Inject;

/**
 * Flags a retry that tries again at once: a hand-written retry loop or self-call with no wait call on its way back to
 * the next attempt, and retry-library settings that turn the wait off. The decision is
 * {@link dev.tracelint.analysis.RetryWithoutBackoff}'s; see {@code docs/rules/RetryWithoutBackoff.md}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Wait between retry attempts, ideally with exponential backoff",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/RetryWithoutBackoff.md")
public final class RetryWithoutBackoff extends BugChecker
    implements WhileLoopTreeMatcher,
        DoWhileLoopTreeMatcher,
        ForLoopTreeMatcher,
        MethodInvocationTreeMatcher,
        NewClassTreeMatcher,
        AnnotationTreeMatcher,
        CompilationUnitTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** The flag as the user spells it: {@code -XepOpt:RetryWithoutBackoff:BackoffMethods=...}. */
  static final String BACKOFF_METHODS_FLAG = "RetryWithoutBackoff:" + RetryCatalog.BACKOFF_METHODS_OPTION;

  /** {@code null} inside when an entry is malformed: see {@link ParsedOption}. */
  private final transient ParsedOption<Procedure> procedure;
  private final transient UnitFindings findings;

  /** For ServiceLoader: the default catalogue only. */
  public RetryWithoutBackoff() {
    this(ErrorProneFlags.empty());
  }

  /** Reads {@code -XepOpt:RetryWithoutBackoff:BackoffMethods} and {@code ...:IncludeTestCode}. */
  @Inject
  public RetryWithoutBackoff(ErrorProneFlags flags) {
    this.procedure = ParsedOption.parse(() -> TestCodeFlag.applied(flags,
        new dev.tracelint.analysis.RetryWithoutBackoff(
            RetryCatalog.withBackoffMethods(BACKOFF_METHODS_FLAG, flags.get(BACKOFF_METHODS_FLAG).orElse(null))),
        List.of(RetryCatalog.BACKOFF_METHODS_OPTION)));
    this.findings = new UnitFindings(procedure.value());
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return procedure.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchWhileLoop(WhileLoopTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }

  @Override
  public Description matchDoWhileLoop(DoWhileLoopTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }

  @Override
  public Description matchForLoop(ForLoopTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }

  @Override
  public Description matchAnnotation(AnnotationTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }
}
