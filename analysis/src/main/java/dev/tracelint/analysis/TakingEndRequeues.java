package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.ArrayList;
import java.util.HashSet;
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

  /**
   * The loops of {@code unit} that take the same failed item again at once: no wait appears in them but the timed
   * takes that hand the item back ({@code pollFirst(1, SECONDS)} answers at once while the item it was given back is
   * there).
   */
  static List<Stmt.Loop> loops(SourceUnit unit, RetryWaits waits) {
    List<Stmt.Loop> out = new ArrayList<>();
    for (Node node : UnitIndex.of(unit).all(Node.Kind.LOOP)) {
      Stmt.Loop loop = (Stmt.Loop) node;
      Set<Expr.Call> takes = takesOfAFailedItem(loop);
      if (!takes.isEmpty() && !waits.appearIn(loop, takes)) {
        out.add(loop);
      }
    }
    return out;
  }

  /**
   * The loops of {@code unit} that take a failed item back where they take from and that nothing ends while it keeps
   * failing (UnboundedRetry): the condition is absent, {@code true}, or asks only about the queue and the item
   * ({@code !pending.isEmpty()}, {@code (batch = inbox.pollFirst(1, SECONDS)) != null}), which the item put back keeps
   * answering; nothing in the body leaves the loop (a catch of an interruption alone aside), and no {@code if} of the
   * loop compares a count or reads the clock. A drain stopped by a flag, an attempt count, a deadline, or one that
   * gives up on an item after some failures is bounded.
   */
  static List<Stmt.Loop> endlessLoops(SourceUnit unit) {
    List<Stmt.Loop> out = new ArrayList<>();
    for (Node node : UnitIndex.of(unit).all(Node.Kind.LOOP)) {
      Stmt.Loop loop = (Stmt.Loop) node;
      Set<Expr.Call> takes = takesOfAFailedItem(loop);
      if (!takes.isEmpty() && asksOnlyAboutTheQueue(loop, takes) && !leaves(loop)) {
        out.add(loop);
      }
    }
    return out;
  }

  /** The takes of the items that a catch of {@code loop} puts back where they were taken; empty if none. */
  private static Set<Expr.Call> takesOfAFailedItem(Stmt.Loop loop) {
    Set<Expr.Call> takes = new HashSet<>();
    if (loop.loopKind() == Stmt.Loop.LoopKind.FOREACH || loop.body() == null
        || Nodes.nestsDeeperThan(loop, RetryLoops.MAX_DEPTH)) {
      return takes;
    }
    for (Node node : Nodes.inline(loop)) {
      if (node instanceof Stmt.Catch && Nodes.enclosing(node, Stmt.Loop.class) == loop
          && goesRound((Stmt.Catch) node)) {
        for (Node inner : Nodes.inline(((Stmt.Catch) node).block())) {
          if (inner instanceof Expr.Call) {
            takes.addAll(takesOfARequeuedItem((Expr.Call) inner, loop));
          }
        }
      }
    }
    return takes;
  }

  /**
   * A condition that goes on whatever else happens as long as the queue holds the item: none, {@code true}, or one whose
   * every name is the queue or the item and whose every call is a take or is made on the queue.
   */
  private static boolean asksOnlyAboutTheQueue(Stmt.Loop loop, Set<Expr.Call> takes) {
    Expr condition = loop.condition();
    if (condition == null) {
      return loop.loopKind() == Stmt.Loop.LoopKind.FOR && loop.initializers().isEmpty() && loop.updates().isEmpty();
    }
    if (Nodes.isTrue(condition)) {
      return true;
    }
    Set<Variable> allowed = new HashSet<>();
    for (Expr.Call take : takes) {
      allowed.add(Nodes.variableOf(take.receiver()));
      if (take.parent() instanceof Expr.Assign) {
        allowed.add(Nodes.variableOf(((Expr.Assign) take.parent()).target()));
      }
    }
    for (Node node : Nodes.inline(condition)) {
      if (takes.stream().anyMatch(take -> take.arguments().stream().anyMatch(timeout -> Nodes.isWithin(node, timeout)))) {
        continue;
      }
      if (node instanceof Expr.Call) {
        Expr.Call call = (Expr.Call) node;
        if (!takes.contains(call) && (call.receiver() == null || !allowed.contains(Nodes.variableOf(call.receiver())))) {
          return false;
        }
      } else if ((node instanceof Expr.Name || node instanceof Expr.FieldAccess)
          && !allowed.contains(Nodes.variableOf((Expr) node))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the body may end the loop: any exit (a catch of an interruption alone aside), or an {@code if} that
   * compares a count or reads the clock (a failure count per item, a deadline).
   */
  private static boolean leaves(Stmt.Loop loop) {
    String label = loop.parent() instanceof Stmt.Labeled ? ((Stmt.Labeled) loop.parent()).label() : null;
    if (new LoopExits(label, null).anyIn(loop.body(), LoopExits.Kind.ANY, RetryLoops.interruptionCatches(loop.body()))) {
      return true;
    }
    return Nodes.anyInline(loop.body(), node -> node instanceof Stmt.If && Nodes.anyInline(((Stmt.If) node).condition(),
        inner -> inner instanceof Expr.Binary && ((Expr.Binary) inner).operator().isRelational()
            || inner instanceof Expr.Call && RetryLoops.callsExactly((Expr.Call) inner, RetryCatalog.DEADLINE_CALLS)));
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
   * The takes of the variable that {@code requeue} hands back to a queue variable: the loop, outside its catches,
   * gave that variable its value by a take from the same queue at the end the requeue puts it, with no argument or,
   * for a blocking queue's timed {@code poll}, {@code pollFirst} or {@code pollLast}, a timeout and its unit.
   */
  private static List<Expr.Call> takesOfARequeuedItem(Expr.Call requeue, Stmt.Loop loop) {
    List<Expr.Call> takes = new ArrayList<>();
    if (requeue.arguments().size() != 1 || requeue.receiver() == null) {
      return takes;
    }
    Variable queue = Nodes.variableOf(requeue.receiver());
    Variable item = Nodes.variableOf(requeue.arguments().get(0));
    if (queue == null || item == null) {
      return takes;
    }
    for (Node node : Nodes.inlineExcept(loop, Stmt.Catch.class::isInstance)) {
      Expr taken = null;
      if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).variable() == item) {
        taken = ((Stmt.LocalVar) node).initializer();
      } else if (node instanceof Expr.Assign && Nodes.variableOf(((Expr.Assign) node).target()) == item) {
        taken = ((Expr.Assign) node).value();
      }
      if (taken instanceof Expr.Call && ((Expr.Call) taken).receiver() != null
          && Nodes.variableOf(((Expr.Call) taken).receiver()) == queue && isUntimedOrTimedTake((Expr.Call) taken)) {
        Set<String> sameEnd = RetryCatalog.REQUEUES_AT_THE_TAKING_END.get(((Expr.Call) taken).name());
        if (sameEnd != null && sameEnd.contains(requeue.name())) {
          takes.add((Expr.Call) taken);
        }
      }
    }
    return takes;
  }

  private static boolean isUntimedOrTimedTake(Expr.Call take) {
    return take.arguments().isEmpty()
        || take.arguments().size() == 2 && RetryCatalog.TIMED_TAKE_NAMES.contains(take.name());
  }
}
