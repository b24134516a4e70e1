package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;

/**
 * A get-or-create, not a retry (docs/rules/UnboundedRetry.md, "Repair loops"): after a failure that says what the
 * attempt asked for does not exist ({@link RetryCatalog#isAbsenceName}: {@code NoSuchTopicException}, a classification
 * {@code ec == FAIL_DOC_NOT_FOUND}), the code creates it ({@link RetryCatalog#isCreatingName}: {@code
 * admin.createTopic(..)}, {@code createClientRecord(..)}) and asks again. The next attempt finds what it asked for; no
 * wait would help, and a create that fails ends the attempts with its own failure. A catch that creates after a
 * failure of the service ({@code IOException}), or that only logs the absence, still retries.
 */
final class CreatedWhenMissing {
  private CreatedWhenMissing() {}

  /** A loop's catch that catches only absence failures and creates something before the loop goes round. */
  static boolean goesRoundAfterCreating(Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog::isAbsenceName) && createsIn(handler.block(), null);
  }

  /**
   * A self-call made after creating what was missing: its catch catches only absence failures, or the call lies in the
   * {@code then} branch of an {@code if} of the handler that tests for one; and a create call comes before it there.
   */
  static boolean selfCallAfterCreating(Expr.Call call, Node handler) {
    if (handler instanceof Stmt.Catch && ((Stmt.Catch) handler).catchesOnly(RetryCatalog::isAbsenceName)) {
      return createsIn(((Stmt.Catch) handler).block(), call);
    }
    for (Node node = call.parent(); node != null && node != handler; node = node.parent()) {
      if (node instanceof Stmt.If && Nodes.isWithin(call, ((Stmt.If) node).thenStatement())
          && testsForAbsence(((Stmt.If) node).condition())) {
        return createsIn(((Stmt.If) node).thenStatement(), call);
      }
    }
    return false;
  }

  private static boolean testsForAbsence(Expr condition) {
    return Nodes.anyInline(condition, node -> node instanceof Expr.InstanceOf
            && ((Expr.InstanceOf) node).writtenType() != null
            && RetryCatalog.isAbsenceName(TypeEvidence.simpleNameOfWritten(((Expr.InstanceOf) node).writtenType()))
        || (node instanceof Expr.Name || node instanceof Expr.FieldAccess)
            && RetryCatalog.isAbsenceName(Nodes.memberName((Expr) node)));
  }

  /** Whether {@code scope} makes a create call, before {@code selfCall} when one is given. */
  private static boolean createsIn(Node scope, Expr.Call selfCall) {
    return Nodes.anyInline(scope, node -> node instanceof Expr.Call && node != selfCall
        && RetryCatalog.isCreatingName(((Expr.Call) node).name())
        && (selfCall == null || node.span().start() < selfCall.span().start()));
  }
}
