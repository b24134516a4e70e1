package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.TraceCatalog;
import java.util.List;
import javax.inject.Inject;

/**
 * Flags a span, trace, transaction, segment or observation that is not ended, or a scope that is not closed, on every
 * path out of the method. The decision is {@link dev.tracelint.analysis.UnclosedTrace}'s; see
 * {@code docs/rules/UnclosedTrace.md}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "End every started span, trace or observation in a finally block, and close every scope",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/UnclosedTrace.md")
public final class UnclosedTrace extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** The flag as the user spells it: {@code -XepOpt:UnclosedTrace:StartMethods=...}. */
  static final String START_METHODS_FLAG = "UnclosedTrace:" + TraceCatalog.START_METHODS_OPTION;

  /** {@code null} inside when an entry is malformed: see {@link ParsedOption}. */
  private final transient ParsedOption<Procedure> procedure;
  private final transient UnitFindings findings;

  /** For ServiceLoader: the default catalogue only. */
  public UnclosedTrace() {
    this(ErrorProneFlags.empty());
  }

  /** Reads {@code -XepOpt:UnclosedTrace:StartMethods} and {@code ...:IncludeTestCode}. */
  @Inject
  public UnclosedTrace(ErrorProneFlags flags) {
    this.procedure = ParsedOption.parse(() -> TestCodeFlag.applied(flags, new dev.tracelint.analysis.UnclosedTrace(
        TraceCatalog.withUserEntries(START_METHODS_FLAG, flags.get(START_METHODS_FLAG).orElse(null))),
        List.of(TraceCatalog.START_METHODS_OPTION)));
    this.findings = new UnitFindings(procedure.value());
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return procedure.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }
}
