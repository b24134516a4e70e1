package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryCatalog.WaitCall;

/**
 * Whether code waits between retry attempts, as {@code docs/rules/RetryWithoutBackoff.md} lists the waits: a catalogued
 * wait on its owner or a subtype (kind 1), a call whose name reads as a backoff helper (kind 2), an in-house helper of
 * the {@code BackoffMethods} option (kind 3), and a call on {@code this} to a method of the same unit whose own body,
 * one level deep, holds one of those (kind 4). Code inside lambdas and nested classes does not count.
 */
final class RetryWaits {
  private final RetryCatalog catalog;

  RetryWaits(RetryCatalog catalog) {
    this.catalog = catalog;
  }

  /** Whether a wait call appears anywhere in {@code scope}. */
  boolean appearIn(Node scope) {
    return Nodes.anyInline(scope, node -> node instanceof Expr.Call
        && (isWait((Expr.Call) node) || helperWaits((Expr.Call) node)));
  }

  /** Kinds 1 to 3. */
  private boolean isWait(Expr.Call call) {
    if (RetryCatalog.isBackoffHelperName(call.name())) {
      return true;
    }
    for (WaitCall wait : catalog.waitCallsNamed(call.name())) {
      if (call.arguments().size() >= wait.minArguments() && TypeEvidence.isCallTo(call, wait.method())) {
        return true;
      }
    }
    return false;
  }

  /** Kind 4: a helper of the same unit that waits in its own body; a helper of a helper does not count. */
  private boolean helperWaits(Expr.Call call) {
    if (!call.isOnThis()) {
      return false;
    }
    for (Node node : UnitIndex.of(call.unit()).all(Node.Kind.METHOD)) {
      MethodDecl helper = (MethodDecl) node;
      if (helper.body() != null && TypeEvidence.invokes(call, helper) && Nodes.anyInline(helper.body(),
          inner -> inner instanceof Expr.Call && isWait((Expr.Call) inner))) {
        return true;
      }
    }
    return false;
  }
}
