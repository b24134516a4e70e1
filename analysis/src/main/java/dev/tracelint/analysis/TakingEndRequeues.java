package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loops that drain a queue and put a failed item back where the next turn takes from (RetryWithoutBackoff, "Items
 * put back where they are taken"): the loop takes an item into a variable ({@code batch = pending.pollFirst()}) and a
 * catch of the loop hands that same variable back to the same queue at the same end
 * ({@code pending.addFirst(batch)}, {@link RetryCatalog#REQUEUES_AT_THE_TAKING_END}), without leaving the loop. The
 * next turn takes the failed item again at once: a retry of the same work with no wait, however the loop otherwise
 * reads as a drain. A requeue at the other end, to another queue, or in a catch that returns, throws or breaks is not
 * one; nor is a loop with any wait in it ({@link RetryWaits#appearIn}), nor a catch of what a retry may follow at
 * once.
 */
final class TakingEndRequeues {
  private TakingEndRequeues() {}

  /** The loops of {@code unit} that take the same failed item again at once. */
  static List<Stmt.Loop> loops(SourceUnit unit, RetryWaits waits) {
    List<Stmt.Loop> out = new ArrayList<>();
    for (Node node : UnitIndex.of(unit).all(Node.Kind.LOOP)) {
      Stmt.Loop loop = (Stmt.Loop) node;
      if (loop.loopKind() != Stmt.Loop.LoopKind.FOREACH && loop.body() != null
          && !Nodes.nestsDeeperThan(loop, RetryLoops.MAX_DEPTH) && takesBackAFailedItem(loop)
          && !waits.appearIn(loop)) {
        out.add(loop);
      }
    }
    return out;
  }

  private static boolean takesBackAFailedItem(Stmt.Loop loop) {
    for (Node node : Nodes.inline(loop)) {
      if (node instanceof Stmt.Catch && Nodes.enclosing(node, Stmt.Loop.class) == loop
          && goesRound((Stmt.Catch) node)) {
        for (Node inner : Nodes.inline(((Stmt.Catch) node).block())) {
          if (inner instanceof Expr.Call && requeuesATakenItem((Expr.Call) inner, loop)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A catch with no {@code return}, {@code throw} or {@code break}: after it, the loop goes round. Not one that the
   * retry loops do not count as retrying at once either: a catch of an interruption alone, of a failure a retry may
   * follow at once (a lost optimistic lock, a taken name), or one that hands the failure to a handler that may wait.
   */
  private static boolean goesRound(Stmt.Catch handler) {
    return !RetryLoops.catchesOnlyInterruption(handler) && !RetryLoops.catchesOnlyConflicts(handler)
        && !RetryLoops.catchesOnlyTakenNames(handler) && !RetryLoops.handsOverFailure(handler)
        && !Nodes.anyInline(handler.block(), node -> node.kind() == Node.Kind.RETURN
            || node.kind() == Node.Kind.THROW || node.kind() == Node.Kind.BREAK);
  }

  /**
   * {@code requeue} hands a variable back to a queue variable, and the loop, outside its catches, gave that variable
   * its value by a take from the same queue at the end the requeue puts it.
   */
  private static boolean requeuesATakenItem(Expr.Call requeue, Stmt.Loop loop) {
    if (requeue.arguments().size() != 1 || requeue.receiver() == null) {
      return false;
    }
    Variable queue = Nodes.variableOf(requeue.receiver());
    Variable item = Nodes.variableOf(requeue.arguments().get(0));
    if (queue == null || item == null) {
      return false;
    }
    for (Node node : Nodes.inlineExcept(loop, Stmt.Catch.class::isInstance)) {
      Expr taken = null;
      if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).variable() == item) {
        taken = ((Stmt.LocalVar) node).initializer();
      } else if (node instanceof Expr.Assign && Nodes.variableOf(((Expr.Assign) node).target()) == item) {
        taken = ((Expr.Assign) node).value();
      }
      if (taken instanceof Expr.Call && ((Expr.Call) taken).arguments().isEmpty()
          && ((Expr.Call) taken).receiver() != null
          && Nodes.variableOf(((Expr.Call) taken).receiver()) == queue) {
        Set<String> sameEnd = RetryCatalog.REQUEUES_AT_THE_TAKING_END.get(((Expr.Call) taken).name());
        if (sameEnd != null && sameEnd.contains(requeue.name())) {
          return true;
        }
      }
    }
    return false;
  }
}
