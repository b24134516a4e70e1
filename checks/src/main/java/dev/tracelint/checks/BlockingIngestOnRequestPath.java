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
import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.RequestPathCatalog;
import java.util.List;
import javax.inject.Inject;

/**
 * Flags a request handler that waits for telemetry to be exported: a synchronous flush, export, close or shutdown of
 * the tracing pipeline, written in the handler or in a private or final helper it calls. The decision is
 * {@link dev.tracelint.analysis.BlockingIngestOnRequestPath}'s; see {@code docs/rules/BlockingIngestOnRequestPath.md}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Do not wait for telemetry to be exported while serving a request",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/BlockingIngestOnRequestPath.md")
public final class BlockingIngestOnRequestPath extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** The flags as the user spells them: {@code -XepOpt:BlockingIngestOnRequestPath:HandlerAnnotations=...}. */
  private static final String HANDLER_ANNOTATIONS_FLAG =
      dev.tracelint.analysis.BlockingIngestOnRequestPath.RULE + ":" + RequestPathCatalog.HANDLER_ANNOTATIONS_OPTION;

  private static final String BLOCKING_CALLS_FLAG =
      dev.tracelint.analysis.BlockingIngestOnRequestPath.RULE + ":" + BlockingCallCatalog.BLOCKING_CALLS_OPTION;

  /** {@code null} inside when an entry is malformed: see {@link ParsedOption}. */
  private final transient ParsedOption<Procedure> options;
  private final transient UnitFindings findings;

  /** For ServiceLoader: the default catalogues only. */
  public BlockingIngestOnRequestPath() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Reads {@code -XepOpt:BlockingIngestOnRequestPath:HandlerAnnotations}, {@code ...:BlockingCalls} and
   * {@code ...:IncludeTestCode}.
   */
  @Inject
  public BlockingIngestOnRequestPath(ErrorProneFlags flags) {
    this.options = ParsedOption.parse(() -> TestCodeFlag.applied(flags,
        new dev.tracelint.analysis.BlockingIngestOnRequestPath(
            RequestPathCatalog.withUserEntries(
                HANDLER_ANNOTATIONS_FLAG, flags.get(HANDLER_ANNOTATIONS_FLAG).orElse("")),
            BlockingCallCatalog.withUserEntries(BLOCKING_CALLS_FLAG, flags.get(BLOCKING_CALLS_FLAG).orElse(""))),
        List.of(RequestPathCatalog.HANDLER_ANNOTATIONS_OPTION, BlockingCallCatalog.BLOCKING_CALLS_OPTION)));
    this.findings = new UnitFindings(options.value());
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return options.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }
}
