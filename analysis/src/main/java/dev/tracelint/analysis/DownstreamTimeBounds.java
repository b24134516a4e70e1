package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import java.util.List;
import java.util.function.Predicate;

/**
 * A retry bounded by a time limit its publisher meets further on in the same file: the spec or retried publisher is
 * returned by a method no subclass can replace, and every call of that method in the file is carried on, through
 * fluent chains, locals, lambdas that return it and further such methods, to a call that bounds it by time
 * ({@code return Retry.backoff(Long.MAX_VALUE, ..)} in a helper whose publishers all end in
 * {@code .then(waitForConfig(..)).timeout(timeout)}). Everything on the way must carry the retry: a method of the
 * file that takes it as an argument must return what it made of it; anything else (a field, a method reference to the
 * helper, a call site that leaves the file's sight) leaves the retry unbounded. Followed {@link #MAX_STEPS} returns,
 * locals or lambdas deep.
 */
final class DownstreamTimeBounds {
  private DownstreamTimeBounds() {}

  static final int MAX_STEPS = 6;

  private static final int MAX_CHAIN = 200;

  /** Whether the value {@code retry} makes is bounded by a call {@code isTimeBound} accepts, wherever it goes. */
  static boolean bounded(Expr retry, Predicate<Expr.Call> isTimeBound) {
    return bounded(retry, isTimeBound, 0);
  }

  private static boolean bounded(Expr value, Predicate<Expr.Call> isTimeBound, int steps) {
    if (steps > MAX_STEPS) {
      return false;
    }
    Expr current = value;
    int links = 0;
    for (Node parent = value.parent(); parent instanceof Expr.Call; parent = current.parent()) {
      Expr.Call outer = (Expr.Call) parent;
      boolean argument = outer.arguments().contains(current);
      if (outer.receiver() != current && !argument || ++links > MAX_CHAIN
          || argument && !returnsWhatItIsGiven(outer, outer.arguments().indexOf(current))) {
        return false;
      }
      if (isTimeBound.test(outer)) {
        return true;
      }
      current = outer;
    }
    Node parent = current.parent();
    if (parent instanceof Expr.Lambda && ((Expr.Lambda) parent).body() == current) {
      return bounded((Expr.Lambda) parent, isTimeBound, steps + 1);
    }
    if (parent != null && parent.kind() == Node.Kind.RETURN && ((Stmt.Jump) parent).expression() == current) {
      return returnedValueBounded(current, isTimeBound, steps);
    }
    if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == current) {
      return everyUseBounded(((Stmt.LocalVar) parent).variable(), current, isTimeBound, steps);
    }
    return false;
  }

  /** A value returned by a lambda goes to the call the lambda is given to; one returned by a method, to its callers. */
  private static boolean returnedValueBounded(Expr returned, Predicate<Expr.Call> isTimeBound, int steps) {
    Node owner = Nodes.enclosingCodeOwner(returned);
    if (owner instanceof Expr.Lambda) {
      return bounded((Expr.Lambda) owner, isTimeBound, steps + 1);
    }
    if (!(owner instanceof MethodDecl)) {
      return false;
    }
    MethodDecl method = (MethodDecl) owner;
    UnitIndex index = UnitIndex.of(returned.unit());
    for (Node reference : index.all(Node.Kind.METHOD_REFERENCE)) {
      if (((Expr.MethodRef) reference).name().equals(method.name())) {
        return false;
      }
    }
    List<Expr.Call> callers = index.callsNamed(method.name());
    boolean called = false;
    for (Expr.Call caller : callers) {
      if (SameClassHelpers.target(caller) != method) {
        continue;
      }
      if (!bounded(caller, isTimeBound, steps + 1)) {
        return false;
      }
      called = true;
    }
    return called;
  }

  private static boolean everyUseBounded(Variable local, Expr initializer, Predicate<Expr.Call> isTimeBound,
      int steps) {
    if (local == null) {
      return false;
    }
    List<Expr.Name> uses = UnitIndex.of(initializer.unit()).namesOf(local);
    boolean used = false;
    for (Expr.Name use : uses) {
      if (!bounded(use, isTimeBound, steps + 1)) {
        return false;
      }
      used = true;
    }
    return used;
  }

  /**
   * A call of a method of the file ({@link SameClassHelpers#target}) given the retry as its {@code index}th argument
   * carries it on only when each of its {@code return}s names that parameter ({@code return
   * stage.retryWhen(retrySpec.filter(..))}); a call of a library method is a fluent operator and carries it.
   */
  private static boolean returnsWhatItIsGiven(Expr.Call call, int index) {
    MethodDecl callee = SameClassHelpers.target(call);
    if (callee == null) {
      return call.method().declaration() == null;
    }
    if (callee.isVarargs() ? index >= callee.parameters().size() - 1 : index >= callee.parameters().size()) {
      return false;
    }
    Variable parameter = callee.parameters().get(index);
    boolean returns = false;
    for (Node node : Nodes.inline(callee.body())) {
      if (node.kind() == Node.Kind.RETURN) {
        Expr value = ((Stmt.Jump) node).expression();
        if (value == null || !Nodes.anyInline(value, inner -> inner instanceof Expr && Nodes.isName((Expr) inner,
            parameter))) {
          return false;
        }
        returns = true;
      }
    }
    return returns;
  }
}
