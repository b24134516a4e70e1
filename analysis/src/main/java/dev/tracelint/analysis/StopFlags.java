package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Variable;
import java.util.List;
import java.util.Set;

/**
 * Stop flags: the field a loop, a self-call's failure handler or a retry filter reads to know that its owner wants it
 * to stop, as a loop on a field flag ({@code while (!closed)}) runs until the flag is raised elsewhere. A flag is a
 * boolean field, not final, that a method of the unit assigns {@code true} ({@code closed = true} in {@code close()}),
 * or an {@code AtomicBoolean} field read with {@code get()} that a method of the unit raises ({@code
 * shutdown.compareAndSet(false, true)}, {@code set(true)}, {@code getAndSet(true)}, {@code lazySet(true)}). A setting
 * only ever given from configuration ({@code retryEnabled}) stops nothing.
 */
final class StopFlags {
  private static final String ATOMIC_BOOLEAN = "java.util.concurrent.atomic.AtomicBoolean";
  private static final Set<String> RAISING_CALLS = Set.of("set", "lazySet", "getAndSet", "compareAndSet");

  private StopFlags() {}

  /** Whether {@code test} reads a stop flag, true when the flag is raised. */
  static boolean isRaisedStopFlag(Expr test) {
    if (test instanceof Expr.Call && ((Expr.Call) test).name().equals("get")
        && ((Expr.Call) test).arguments().isEmpty()) {
      Variable atomic = Nodes.variableOf(((Expr.Call) test).receiver());
      return atomic != null && !atomic.isLocal() && isAtomicBoolean(atomic, test) && isRaisedByCall(atomic, test);
    }
    Variable field = Nodes.variableOf(test);
    return field != null && !field.isLocal() && !field.is(Modifier.FINAL) && field.type() != null
        && "boolean".equals(field.type().qualifiedName()) && isAssignedTrue(field, test);
  }

  private static boolean isAtomicBoolean(Variable field, Node at) {
    return field.type() != null
        && TypeEvidence.isExactly(field.type(), field.writtenType(), ATOMIC_BOOLEAN, at.unit());
  }

  private static boolean isAssignedTrue(Variable field, Node at) {
    for (Expr.Assign assign : UnitIndex.of(at.unit()).<Expr.Assign>all(Node.Kind.ASSIGN)) {
      if (!assign.isCompound() && Nodes.variableOf(assign.target()) == field && Nodes.isTrue(assign.value())
          && Nodes.enclosing(assign, MethodDecl.class) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A call on {@code field} whose last argument is {@code true}: {@code set(true)}, {@code compareAndSet(false, true)}.
   */
  private static boolean isRaisedByCall(Variable field, Node at) {
    for (String name : RAISING_CALLS) {
      for (Expr.Call call : UnitIndex.of(at.unit()).callsNamed(name)) {
        List<Expr> arguments = call.arguments();
        if (!arguments.isEmpty() && Nodes.isTrue(arguments.get(arguments.size() - 1))
            && Nodes.variableOf(call.receiver()) == field) {
          return true;
        }
      }
    }
    return false;
  }
}
