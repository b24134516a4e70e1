package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.List;

/**
 * Catches that renew a credential before the next attempt (docs/rules/RetryWithoutBackoff.md, "What is not
 * flagged"), so that a retry after an HTTP 401 sends a new request: the catch calls a method named for renewing one
 * ({@link RetryCatalog#isCredentialRenewalName}: {@code auth.refresh()}, {@code session.reauthenticate()}), gives a
 * variable or field named as a credential ({@link RetryCatalog#isCredentialName}) the result of a call
 * ({@code token = tokens.fetchNew()}, {@code this.accessToken = login().accessToken()}), or, for a self-call, passes
 * the result of a call for a parameter so named ({@code send(body, auth.newToken(), attempt + 1)}). A catch that only
 * logs, or sends the same credential again, renews nothing.
 */
final class CredentialRenewals {
  private CredentialRenewals() {}

  /**
   * Whether {@code handler} renews a credential: anywhere in its block when {@code selfCall} is {@code null} (a loop
   * goes round after the catch ends), otherwise before that call or in its arguments.
   */
  static boolean renewsBefore(Stmt.Catch handler, Expr.Call selfCall) {
    for (Node node : Nodes.inline(handler.block())) {
      if (selfCall != null && node.span().start() >= selfCall.span().end()) {
        continue;
      }
      if (node instanceof Expr.Call && node != selfCall
          && RetryCatalog.isCredentialRenewalName(((Expr.Call) node).name())) {
        return true;
      }
      if (node instanceof Expr.Assign && !((Expr.Assign) node).isCompound()
          && namesACredential(((Expr.Assign) node).target()) && madeByACall(((Expr.Assign) node).value())) {
        return true;
      }
    }
    return selfCall != null && passesANewCredential(selfCall);
  }

  /** Whether the self-call passes, for a parameter named as a credential, a value some call makes. */
  private static boolean passesANewCredential(Expr.Call selfCall) {
    MethodDecl method = Nodes.enclosing(selfCall, MethodDecl.class);
    if (method == null) {
      return false;
    }
    List<Variable> parameters = method.parameters();
    List<Expr> arguments = selfCall.arguments();
    for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
      if (RetryCatalog.isCredentialName(parameters.get(i).name()) && madeByACall(arguments.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesACredential(Expr target) {
    Variable variable = Nodes.variableOf(target);
    return variable != null && RetryCatalog.isCredentialName(variable.name());
  }

  private static boolean madeByACall(Expr value) {
    return Nodes.anyInline(value, node -> node instanceof Expr.Call);
  }
}
