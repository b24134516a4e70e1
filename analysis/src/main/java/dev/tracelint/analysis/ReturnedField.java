package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;

/**
 * A {@link MethodSummaries} fact: the field that every {@code return} of a method returns, or {@code null}. A getter
 * ({@code Span span() { return this.delegate; }}) answers its field, a lazy one too ({@code if (delegate == null)
 * { delegate = tracer.nextSpan(); } return delegate;}), and so does a method that returns such a getter's value of
 * the same class. A factory that returns something new ({@code return tracer.nextSpan();}) answers {@code null}: what
 * it returns is held by nobody.
 */
final class ReturnedField implements MethodSummaries.Fact<Variable> {
  static final ReturnedField FACT = new ReturnedField();

  private ReturnedField() {}

  /**
   * The field the same-class method {@code call} certainly runs (or runs as written on {@code this}) returns, or
   * {@code null}.
   */
  static Variable of(Expr.Call call) {
    MethodDecl target = getter(call);
    return target == null ? null : MethodSummaries.of(call.unit()).of(target, FACT);
  }

  /**
   * The method of the caller's class an argument-less call runs: one no subclass can override, or one called on
   * {@code this} as written (a subclass elsewhere that overrides a getter to return something new is not guessed at).
   */
  private static MethodDecl getter(Expr.Call call) {
    if (!call.arguments().isEmpty()) {
      return null;
    }
    MethodDecl target = SameClassHelpers.target(call);
    return target != null ? target : SameClassHelpers.asWrittenOnThis(call);
  }

  @Override
  public Variable unknown() {
    return null;
  }

  @Override
  public Variable compute(MethodDecl method, MethodSummaries.Callees<Variable> callees) {
    if (method.isConstructor()) {
      return null;
    }
    Variable returned = null;
    for (Node node : Nodes.inline(method.body())) {
      if (node.kind() != Node.Kind.RETURN) {
        continue;
      }
      Variable field = fieldOf(((Stmt.Jump) node).expression(), callees);
      if (field == null || (returned != null && returned != field)) {
        return null;
      }
      returned = field;
    }
    return returned;
  }

  /** {@code delegate}, {@code this.delegate}, or a call of a same-class method that returns one. */
  private static Variable fieldOf(Expr value, MethodSummaries.Callees<Variable> callees) {
    if (value instanceof Expr.Name) {
      Variable variable = ((Expr.Name) value).variable();
      return variable != null && variable.kind() == Variable.VarKind.FIELD ? variable : null;
    }
    if (value instanceof Expr.FieldAccess && ((Expr.FieldAccess) value).receiver() != null
        && ((Expr.FieldAccess) value).receiver().kind() == Node.Kind.THIS) {
      return ((Expr.FieldAccess) value).field();
    }
    if (value instanceof Expr.Call) {
      MethodDecl target = getter((Expr.Call) value);
      return target == null ? null : callees.of(target);
    }
    return null;
  }
}
