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
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import dev.tracelint.catalog.RetryBuilderDefault;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryProblem;
import dev.tracelint.catalog.RetrySetting;

/**
 * Flags a retry that tries again at once: a hand-written retry loop or self-call with no wait call on its way back to
 * the next attempt, and retry-library settings that turn the wait off. The decision procedure is written down in
 * {@code docs/rules/RetryWithoutBackoff.md}, which the PMD rule implements too.
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
  private final transient ParsedOption<RetryCatalog> parsedCatalog;

  /** For ServiceLoader: the default catalogue only. */
  public RetryWithoutBackoff() {
    this(ErrorProneFlags.empty());
  }

  /** Reads {@code -XepOpt:RetryWithoutBackoff:BackoffMethods}, extending the catalogue's waits. */
  public RetryWithoutBackoff(ErrorProneFlags flags) {
    this.parsedCatalog = ParsedOption.parse(
        () -> RetryCatalog.withBackoffMethods(BACKOFF_METHODS_FLAG, flags.get(BACKOFF_METHODS_FLAG).orElse(null)));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return parsedCatalog.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchWhileLoop(WhileLoopTree tree, VisitorState state) {
    return matchLoop(tree, state);
  }

  @Override
  public Description matchDoWhileLoop(DoWhileLoopTree tree, VisitorState state) {
    return matchLoop(tree, state);
  }

  @Override
  public Description matchForLoop(ForLoopTree tree, VisitorState state) {
    return matchLoop(tree, state);
  }

  private Description matchLoop(StatementTree loop, VisitorState state) {
    RetryCatalog catalog = parsedCatalog.value();
    if (catalog == null) {
      return Description.NO_MATCH;
    }
    RetryLoops.RetryLoop retry = RetryLoops.retryLoop(loop, state);
    if (retry == null || retry.retriesOnlyConflicts() || retry.waits(catalog, state)) {
      return Description.NO_MATCH;
    }
    return report(loop, RetryCatalog.noWaitLoopMessage());
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    RetryCatalog catalog = parsedCatalog.value();
    if (catalog == null) {
      return Description.NO_MATCH;
    }
    RetrySetting setting = RetrySettings.ofCall(tree, RetryProblem.NO_WAIT, state);
    if (setting != null) {
      return report(tree, setting.message());
    }
    RetryBuilderDefault builder = RetrySettings.ofBuilderDefault(tree, RetryProblem.NO_WAIT, state);
    if (builder != null) {
      return report(tree, builder.message());
    }
    RetryLoops.RecursiveRetry retry = RetryLoops.recursiveRetry(tree, state);
    if (retry != null && !retry.retriesOnlyConflicts() && !retry.waits(catalog, state)) {
      return report(tree, RetryCatalog.noWaitRecursionMessage(retry.methodName()));
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    if (parsedCatalog.value() == null) {
      return Description.NO_MATCH;
    }
    RetrySetting setting = RetrySettings.ofConstructor(tree, RetryProblem.NO_WAIT, state);
    return setting == null ? Description.NO_MATCH : report(tree, setting.message());
  }

  @Override
  public Description matchAnnotation(AnnotationTree tree, VisitorState state) {
    if (parsedCatalog.value() == null) {
      return Description.NO_MATCH;
    }
    RetrySetting setting = RetrySettings.ofAnnotation(tree, RetryProblem.NO_WAIT, state);
    return setting == null ? Description.NO_MATCH : report(tree, setting.message());
  }

  private Description report(Tree tree, String message) {
    return buildDescription(tree).setMessage(message).build();
  }
}
