package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.SecretCatalog;

/**
 * Whether a logging call runs only while the secret is one the program generated for this run or a documented
 * default: {@code if (user.isPasswordGenerated()) log.warn("Using generated password: {}", user.getPassword());}.
 * Frameworks print such a value on purpose, once, for development; a configured secret logged on the same line
 * outside that guard, or under {@code !isPasswordGenerated()}, is still reported.
 */
final class GeneratedSecretGuards {
  private GeneratedSecretGuards() {}

  static boolean guards(Expr.Call sink, SecretCatalog catalog) {
    Node child = sink;
    for (Node node = sink.parent(); node != null && !(node instanceof MethodDecl); node = node.parent()) {
      if (node instanceof Stmt.If) {
        Stmt.If decision = (Stmt.If) node;
        if (decision.thenStatement() == child && asksForGeneratedSecret(decision.condition(), catalog)) {
          return true;
        }
      }
      child = node;
    }
    return false;
  }

  /** Whether the condition holds only when one of its {@code &&} operands asks, unnegated, for a generated secret. */
  private static boolean asksForGeneratedSecret(Expr condition, SecretCatalog catalog) {
    for (Expr operand : Nodes.operands(condition, Expr.Binary.Op.AND)) {
      String question = operand instanceof Expr.Call
          ? ((Expr.Call) operand).name()
          : Nodes.referencedName(operand);
      if (catalog.asksForGeneratedOrDefaultSecret(question)) {
        return true;
      }
    }
    return false;
  }
}
