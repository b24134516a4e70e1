package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.SecretCatalog;

/**
 * Whether a logging call runs only while the password is one the program generated for this run or a documented
 * default: {@code if (user.isPasswordGenerated()) log.warn("Using generated password: {}", user.getPassword());}.
 * Frameworks print such a password on purpose, once, for development; a configured one logged on the same line
 * outside that guard, or under {@code !isPasswordGenerated()}, is still reported, and so is any other secret under
 * such a guard's look-alike ({@code if (tokenGenerated)}: a generated API token is a user's real credential).
 */
final class GeneratedSecretGuards {
  private GeneratedSecretGuards() {}

  static boolean guards(Expr.Call sink) {
    Node child = sink;
    for (Node node = sink.parent(); node != null && !(node instanceof MethodDecl); node = node.parent()) {
      if (node instanceof Stmt.If) {
        Stmt.If decision = (Stmt.If) node;
        if (decision.thenStatement() == child && asksForGeneratedPassword(decision.condition())) {
          return true;
        }
      }
      child = node;
    }
    return false;
  }

  /** Whether the condition holds only when one of its {@code &&} operands asks, unnegated, for a generated password. */
  private static boolean asksForGeneratedPassword(Expr condition) {
    for (Expr operand : Nodes.operands(condition, Expr.Binary.Op.AND)) {
      String question = operand instanceof Expr.Call
          ? ((Expr.Call) operand).name()
          : Nodes.referencedName(operand);
      if (SecretCatalog.asksForGeneratedOrDefaultPassword(question)) {
        return true;
      }
    }
    return false;
  }
}
