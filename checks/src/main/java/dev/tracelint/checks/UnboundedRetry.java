package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AnnotationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.DoWhileLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ForLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.WhileLoopTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.AnnotationTree;
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
 * Flags a retry that nothing bounds: a hand-written retry loop or self-call with no attempt limit, deadline or way
 * out, and retry-library settings that mean "no limit". The decision procedure is written down in
 * {@code docs/rules/UnboundedRetry.md}, which the PMD rule implements too.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Limit every retry with a number of attempts, a deadline or a way to stop it",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/UnboundedRetry.md")
public final class UnboundedRetry extends BugChecker
    implements WhileLoopTreeMatcher,
        DoWhileLoopTreeMatcher,
        ForLoopTreeMatcher,
        MethodInvocationTreeMatcher,
        NewClassTreeMatcher,
        AnnotationTreeMatcher {
  private static final long serialVersionUID = 1L;

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
    RetryLoops.RetryLoop retry = RetryLoops.retryLoop(loop, state);
    if (retry == null || !retry.unbounded()) {
      return Description.NO_MATCH;
    }
    return buildDescription(loop).setMessage(RetryCatalog.unboundedLoopMessage()).build();
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    RetrySetting setting = RetrySettings.ofCall(tree, RetryProblem.UNBOUNDED, state);
    if (setting != null) {
      return report(tree, setting.message());
    }
    RetryBuilderDefault builder = RetrySettings.ofBuilderDefault(tree, RetryProblem.UNBOUNDED, state);
    if (builder != null) {
      return report(tree, builder.message());
    }
    RetryLoops.RecursiveRetry retry = RetryLoops.recursiveRetry(tree, state);
    if (retry != null && retry.unbounded()) {
      return report(tree, RetryCatalog.unboundedRecursionMessage(retry.methodName()));
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    RetrySetting setting = RetrySettings.ofConstructor(tree, RetryProblem.UNBOUNDED, state);
    return setting == null ? Description.NO_MATCH : report(tree, setting.message());
  }

  @Override
  public Description matchAnnotation(AnnotationTree tree, VisitorState state) {
    RetrySetting setting = RetrySettings.ofAnnotation(tree, RetryProblem.UNBOUNDED, state);
    return setting == null ? Description.NO_MATCH : report(tree, setting.message());
  }

  private Description report(Tree tree, String message) {
    return buildDescription(tree).setMessage(message).build();
  }
}
