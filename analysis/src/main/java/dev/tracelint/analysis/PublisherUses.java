package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;

/**
 * The obligation a traced publisher kept in a local carries: {@code Mono<String> traced =
 * backend.fetch(key).doFinally(s -> span.end());} ends the span only once somebody subscribes, so every path from the
 * declaration must use the local (return it, subscribe to it, pass it on or chain on it). A path that returns
 * something else, or throws, before any use drops the publisher and the span with it. Calls the span's own walk
 * vouches for stay harmless here.
 */
final class PublisherUses implements ObligationWalk.Ending {

  private final Variable publisher;
  private final ObligationWalk.Ending spanEnding;

  private PublisherUses(Variable publisher, ObligationWalk.Ending spanEnding) {
    this.publisher = publisher;
    this.spanEnding = spanEnding;
  }

  /**
   * Whether a path from {@code declaration}, within {@code body}, leaves without using the publisher it declares
   * (LEAKS); ENDED, CONTINUE or UNKNOWN otherwise.
   */
  static ObligationWalk.Flow walk(Stmt.LocalVar declaration, Stmt.Block body, ObligationWalk.Ending spanEnding) {
    Variable publisher = declaration.variable();
    if (publisher == null || publisher.kind() != Variable.VarKind.LOCAL) {
      return ObligationWalk.Flow.UNKNOWN;
    }
    return new ObligationWalk(new PublisherUses(publisher, spanEnding))
        .walkFrom(declaration, body, publisher, true, false);
  }

  private boolean mentionsPublisher(Node node) {
    return Nodes.all(node).stream().anyMatch(inner -> inner instanceof Expr.Name
        && ((Expr.Name) inner).variable() == publisher);
  }

  /** A call on the publisher ({@code traced.subscribe()}, {@code traced.map(..)}) or given it as an argument. */
  @Override
  public boolean isEndCall(Expr.Call call) {
    if (call.receiver() != null && Nodes.isName(Nodes.chainRoot(call.receiver()), publisher)) {
      return true;
    }
    return call.arguments().stream().anyMatch(argument -> Nodes.isName(argument, publisher));
  }

  /** A statement that hands the publisher on: returns it, keeps it, subscribes to it, passes it. */
  @Override
  public boolean endsPath(Stmt statement) {
    boolean carriesValue = statement instanceof Stmt.ExprStmt || statement instanceof Stmt.LocalVar
        || (statement instanceof Stmt.Jump && statement.kind() == Node.Kind.RETURN);
    return carriesValue && mentionsPublisher(statement);
  }

  @Override
  public boolean isVouchedFor(Expr.Call call) {
    return spanEnding.isVouchedFor(call);
  }

  @Override
  public boolean isVouchedForWithArguments(Expr.Invocation invocation) {
    return spanEnding.isVouchedForWithArguments(invocation);
  }

  @Override
  public boolean isNonNullCheck(Expr condition) {
    return false;
  }
}
