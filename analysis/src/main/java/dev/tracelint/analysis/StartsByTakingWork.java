package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;

/**
 * A {@link MethodSummaries} fact: whether a method begins by taking the next piece of work, so that a loop calling it
 * takes work as if it made the intake itself (UnboundedRetry, point 2). Its first statement, looked for inside leading
 * {@code try} and {@code synchronized} blocks, declares a variable from, returns or is a work-intake call
 * ({@link RetryLoops#isWorkIntake}, also below a chained call: {@code Runnable job = jobs.take();},
 * {@code return producer.produce();}, {@code queue.poll().run();}) or a call of a same-class helper that begins so
 * ({@code Runnable task = nextTask();}). An intake later in the method does not count: a helper that sends a request
 * and then reads the answer ({@code out.println(request); return in.readLine();}) asks before it takes.
 */
final class StartsByTakingWork implements MethodSummaries.Fact<Boolean> {
  static final StartsByTakingWork FACT = new StartsByTakingWork();

  /** Leading {@code try} and {@code synchronized} blocks looked into, at most. */
  private static final int MAX_NESTING = 4;

  private StartsByTakingWork() {}

  /** Whether the same-class helper {@code call} certainly runs begins by taking the next piece of work. */
  static boolean through(Expr.Call call) {
    return MethodSummaries.holdsFor(call, FACT);
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
    Expr value = valueOf(firstStatement(method.body()));
    for (Expr link = value; link instanceof Expr.Call; link = ((Expr.Call) link).receiver()) {
      Expr.Call call = (Expr.Call) link;
      if (RetryLoops.isWorkIntake(call) || Boolean.TRUE.equals(callees.of(SameClassHelpers.target(call)))) {
        return Boolean.TRUE;
      }
    }
    return Boolean.FALSE;
  }

  private static Stmt firstStatement(Stmt.Block block) {
    Stmt first = firstOf(block);
    for (int depth = 0; depth < MAX_NESTING; depth++) {
      if (first instanceof Stmt.Try) {
        first = firstOf(((Stmt.Try) first).block());
      } else if (first instanceof Stmt.Synchronized) {
        first = firstOf(((Stmt.Synchronized) first).block());
      } else {
        break;
      }
    }
    return first;
  }

  private static Stmt firstOf(Stmt.Block block) {
    return block == null || block.statements().isEmpty() ? null : block.statements().get(0);
  }

  private static Expr valueOf(Stmt statement) {
    if (statement instanceof Stmt.LocalVar) {
      return ((Stmt.LocalVar) statement).initializer();
    }
    if (statement instanceof Stmt.ExprStmt) {
      return ((Stmt.ExprStmt) statement).expression();
    }
    return statement != null && statement.kind() == Node.Kind.RETURN ? ((Stmt.Jump) statement).expression() : null;
  }
}
