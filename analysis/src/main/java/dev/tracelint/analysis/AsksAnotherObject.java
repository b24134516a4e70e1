package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;
import java.util.List;

/**
 * A {@link MethodSummaries} fact: whether a helper only wraps a question to another object, so that a loop calling it
 * asks that object as if it made the call itself. The method's body is one {@code return} (after reporting calls
 * only, {@code log.debug(..)}) of a call on another object (not {@code this}, not a type) that makes an argument
 * somewhere in its chain and hands it no function ({@code return runs.retrieve(threadId, runId).status();}), or of
 * the value of a same-class helper that wraps one so. A helper that does more (declares, branches, catches), returns
 * anything else, or computes with a function it passes ({@code locks.computeIfAbsent(id, Lock::new)}, a stream
 * pipeline) computes rather than asks.
 */
final class AsksAnotherObject implements MethodSummaries.Fact<Boolean> {
  static final AsksAnotherObject FACT = new AsksAnotherObject();

  private AsksAnotherObject() {}

  /** Whether the same-class helper {@code call} certainly runs only returns a question to another object. */
  static boolean through(Expr.Call call) {
    return MethodSummaries.holdsFor(call, FACT);
  }

  @Override
  public Boolean unknown() {
    return Boolean.FALSE;
  }

  @Override
  public Boolean compute(MethodDecl method, MethodSummaries.Callees<Boolean> callees) {
    List<Stmt> statements = method.isConstructor() ? List.of() : method.body().statements();
    if (statements.isEmpty()) {
      return Boolean.FALSE;
    }
    for (Stmt statement : statements.subList(0, statements.size() - 1)) {
      if (!(statement instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) statement).expression() instanceof Expr.Call
          && RetryCatalog.isReportingName(((Expr.Call) ((Stmt.ExprStmt) statement).expression()).name()))) {
        return Boolean.FALSE;
      }
    }
    Stmt last = statements.get(statements.size() - 1);
    Expr value = last.kind() == Node.Kind.RETURN ? ((Stmt.Jump) last).expression() : null;
    return value instanceof Expr.Call && asks((Expr.Call) value, callees);
  }

  private static boolean asks(Expr.Call value, MethodSummaries.Callees<Boolean> callees) {
    Expr receiver = value.receiver();
    if (receiver == null || receiver instanceof Expr.This) {
      MethodDecl helper = SameClassHelpers.target(value);
      return helper != null && Boolean.TRUE.equals(callees.of(helper));
    }
    return !(receiver instanceof Expr.TypeName) && RetryPolls.hasArguments(value)
        && Nodes.inline(value).stream().noneMatch(node -> node instanceof Expr.Lambda || node instanceof Expr.MethodRef);
  }
}
