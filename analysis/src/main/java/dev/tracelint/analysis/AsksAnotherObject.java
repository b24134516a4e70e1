package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;

/**
 * A {@link MethodSummaries} fact: whether a helper only wraps a question to another object, so that a loop calling it
 * asks that object as if it made the call itself. Every {@code return} of the method returns a call on another
 * object (not {@code this}, not a type) that makes an argument somewhere in its chain ({@code return
 * runs.retrieve(threadId, runId).status();}), or the value of a same-class helper that does. A helper with any other
 * return (a literal, a computed value, a field) computes rather than asks, and one without a return asks nothing.
 */
final class AsksAnotherObject implements MethodSummaries.Fact<Boolean> {
  static final AsksAnotherObject FACT = new AsksAnotherObject();

  private AsksAnotherObject() {}

  /** Whether the same-class helper {@code call} certainly runs only returns a question to another object. */
  static boolean through(Expr.Call call) {
    MethodDecl helper = SameClassHelpers.target(call);
    return helper != null && Boolean.TRUE.equals(MethodSummaries.of(call.unit()).of(helper, FACT));
  }

  @Override
  public Boolean unknown() {
    return Boolean.FALSE;
  }

  @Override
  public Boolean compute(MethodDecl method, MethodSummaries.Callees<Boolean> callees) {
    if (method.isConstructor()) {
      return Boolean.FALSE;
    }
    boolean returns = false;
    for (Node node : Nodes.inline(method.body())) {
      if (node.kind() != Node.Kind.RETURN) {
        continue;
      }
      Expr value = ((Stmt.Jump) node).expression();
      if (!(value instanceof Expr.Call) || !asks((Expr.Call) value, callees)) {
        return Boolean.FALSE;
      }
      returns = true;
    }
    return returns;
  }

  private static boolean asks(Expr.Call value, MethodSummaries.Callees<Boolean> callees) {
    Expr receiver = value.receiver();
    if (receiver == null || receiver instanceof Expr.This) {
      MethodDecl helper = SameClassHelpers.target(value);
      return helper != null && Boolean.TRUE.equals(callees.of(helper));
    }
    return !(receiver instanceof Expr.TypeName) && RetryPolls.hasArguments(value);
  }
}
