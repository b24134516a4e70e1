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
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.PipelineCatalog;
import java.util.List;
import javax.inject.Inject;

/**
 * Flags a process exit ({@code System.exit}, {@code Runtime#halt}, {@code main} or a Lambda {@code handleRequest}
 * returning) reached while a trace pipeline the code owns has not been flushed or closed. The decision is
 * {@link dev.tracelint.analysis.ExitBeforeTraceFlush}'s; see {@code docs/rules/ExitBeforeTraceFlush.md}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Close or flush every trace pipeline the process owns before it exits",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/ExitBeforeTraceFlush.md")
public final class ExitBeforeTraceFlush extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher, MethodTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** The flag as the user spells it: {@code -XepOpt:ExitBeforeTraceFlush:Pipelines=...}. */
  static final String PIPELINES_FLAG = "ExitBeforeTraceFlush:" + PipelineCatalog.PIPELINES_OPTION;

  /** {@code null} inside when an entry is malformed: see {@link ParsedOption}. */
  private final transient ParsedOption<Procedure> procedure;
  private final transient UnitFindings findings;

  /** For ServiceLoader: the default catalogue only. */
  public ExitBeforeTraceFlush() {
    this(ErrorProneFlags.empty());
  }

  /** Reads {@code -XepOpt:ExitBeforeTraceFlush:Pipelines} and {@code ...:IncludeTestCode}. */
  @Inject
  public ExitBeforeTraceFlush(ErrorProneFlags flags) {
    this.procedure = ParsedOption.parse(() -> TestCodeFlag.applied(flags,
        new dev.tracelint.analysis.ExitBeforeTraceFlush(
            PipelineCatalog.withUserEntries(PIPELINES_FLAG, flags.get(PIPELINES_FLAG).orElse(null))),
        List.of(PipelineCatalog.PIPELINES_OPTION)));
    this.findings = new UnitFindings(procedure.value());
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return procedure.reportErrorOnce(buildDescription(tree));
  }

  /** An exit call reached with a pipeline un-flushed. */
  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }

  /** A {@code main} or {@code handleRequest} that can return or throw with a pipeline un-flushed. */
  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }
}
