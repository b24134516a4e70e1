package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Self-calls bounded by their target's lifetime ("Methods that call themselves to retry", UnboundedRetry): before the
 * self-call, outside its catch blocks, the method looks its target up again on every call and leaves when the lookup
 * finds nothing ({@code Member member = cluster.getMember(destination.address()); if (member == null) return false;}).
 * The target is a parameter the self-call passes on unchanged, the lookup a call on a field's object (a registry, a
 * membership list, a pool: state that changes between calls) given that parameter or a value computed from it. The
 * retries end when the registry drops the target, as a closed check ends a retry when its resource is closed. A test
 * of the parameter itself ({@code if (destination == null)}) or of a lookup of something else gives the same answer on
 * every call and bounds nothing.
 */
final class TargetLookups {
  private TargetLookups() {}

  /** Whether the code of {@code method} before {@code selfCall} leaves when a lookup of its target finds nothing. */
  static boolean givesUpWhenTheTargetIsGone(Expr.Call selfCall, MethodDecl method) {
    Set<Variable> target = passedOnTarget(selfCall, method);
    if (target.isEmpty()) {
      return false;
    }
    List<Node> code = Nodes.inlineExcept(method.body(), Stmt.Catch.class::isInstance);
    for (Node node : code) {
      if (node instanceof Stmt.If && node.span().start() < selfCall.span().start()
          && !Nodes.isWithin(selfCall, node)) {
        Stmt.If test = (Stmt.If) node;
        Expr found = testedForNothing(test.condition());
        if (found != null && RetryLoops.alwaysEnds(test.thenStatement()) && looksUp(found, target, code)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The parameters the self-call passes on unchanged and the locals the method computes from them. */
  private static Set<Variable> passedOnTarget(Expr.Call selfCall, MethodDecl method) {
    Set<Variable> out = new HashSet<>();
    List<Variable> parameters = method.parameters();
    List<Expr> arguments = selfCall.arguments();
    for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
      if (Nodes.isName(arguments.get(i), parameters.get(i))) {
        out.addAll(RetryLoops.computedFrom(method, parameters.get(i)));
      }
    }
    return out;
  }

  /** {@code x} of {@code x == null} or {@code null == x}, else {@code null}. */
  private static Expr testedForNothing(Expr condition) {
    if (!(condition instanceof Expr.Binary) || ((Expr.Binary) condition).operator() != Expr.Binary.Op.EQ) {
      return null;
    }
    Expr left = ((Expr.Binary) condition).left();
    Expr right = ((Expr.Binary) condition).right();
    return Nodes.isNull(right) ? left : Nodes.isNull(left) ? right : null;
  }

  /**
   * Whether {@code found} is a lookup of the target, or a local whose declaration holds one: a call whose receiver
   * chain starts at a field, not at the target, and one of whose arguments mentions the target.
   */
  private static boolean looksUp(Expr found, Set<Variable> target, List<Node> code) {
    Expr value = found;
    Variable local = Nodes.variableOf(found);
    if (local != null) {
      if (local.kind() != Variable.VarKind.LOCAL) {
        return false;
      }
      value = null;
      for (Node node : code) {
        if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).variable() == local) {
          value = ((Stmt.LocalVar) node).initializer();
        }
      }
    }
    if (!(value instanceof Expr.Call) || ((Expr.Call) value).receiver() == null) {
      return false;
    }
    Expr.Call lookup = (Expr.Call) value;
    Variable owner = Nodes.variableOf(Nodes.chainRoot(lookup.receiver()));
    return owner != null && owner.kind() == Variable.VarKind.FIELD && !LoopState.mentions(lookup.receiver(), target)
        && lookup.arguments().stream().anyMatch(argument -> LoopState.mentions(argument, target));
  }
}
