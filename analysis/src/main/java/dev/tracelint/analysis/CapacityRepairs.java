package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;

/**
 * Retry loops that go round only after making room ("Repair loops", RetryWithoutBackoff): a catch of local capacity
 * refusing the work alone ({@link RetryCatalog#isCapacityRejection}: an executor was full) whose every way back to the
 * loop head passes a test that a call freeing room ({@link RetryCatalog#isRoomFreeingName}) freed some, and that leaves
 * otherwise ({@code if (!cache.evictAnyNotInProcessing(..)) throw new RejectedError(e);}). The next attempt gets the
 * room just made, at once; waiting would only give it to someone else. A catch that goes round whatever the eviction
 * returned, or after a policy check, spins on a full executor and stays reported; a remote failure needs a wait
 * whatever room was made locally.
 */
final class CapacityRepairs {
  private CapacityRepairs() {}

  /** Whether {@code handler} catches only capacity rejections and goes round only when it freed room. */
  static boolean goesRoundOnlyAfterFreeingRoom(Stmt.Catch handler) {
    if (!handler.catchesOnly(RetryCatalog::isCapacityRejection)
        || Nodes.anyInline(handler.block(), node -> node.kind() == Node.Kind.CONTINUE)) {
      return false;
    }
    return guardsEveryWayRound(handler.block(), handler.block(), 0);
  }

  /** Whether every way through {@code statement} that does not end in a return or throw passes a freed-room test. */
  private static boolean guardsEveryWayRound(Stmt statement, Stmt.Block handler, int depth) {
    if (statement == null || depth > RetryLoops.MAX_DEPTH) {
      return false;
    }
    if (RetryLoops.alwaysEnds(statement)) {
      return true;
    }
    if (statement instanceof Stmt.Block) {
      for (Stmt inner : ((Stmt.Block) statement).statements()) {
        if (guardsEveryWayRound(inner, handler, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    if (!(statement instanceof Stmt.If)) {
      return false;
    }
    Stmt.If test = (Stmt.If) statement;
    Expr condition = test.condition();
    if (condition instanceof Expr.Unary && ((Expr.Unary) condition).operator() == Expr.Unary.Op.NOT
        && freedRoom(((Expr.Unary) condition).operand(), handler)) {
      // if (!evicted) throw ..: past it, room was freed
      return RetryLoops.alwaysEnds(test.thenStatement());
    }
    if (freedRoom(condition, handler)) {
      // if (evicted) { .. } else throw ..
      return RetryLoops.alwaysEnds(test.elseStatement());
    }
    return guardsEveryWayRound(test.thenStatement(), handler, depth + 1)
        && guardsEveryWayRound(test.elseStatement(), handler, depth + 1);
  }

  /** A call freeing room, or a local of the handler declared with one as its value and never assigned again. */
  private static boolean freedRoom(Expr expression, Stmt.Block handler) {
    if (expression instanceof Expr.Call) {
      return RetryCatalog.isRoomFreeingName(((Expr.Call) expression).name());
    }
    Expr value = Nodes.soleValueOf(Nodes.variableOf(expression), handler);
    return value instanceof Expr.Call && RetryCatalog.isRoomFreeingName(((Expr.Call) value).name());
  }
}
