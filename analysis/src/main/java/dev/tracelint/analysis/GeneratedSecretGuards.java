package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.SecretCatalog;
import java.util.List;

/**
 * Whether a logging call runs only while the password is one the program generated for this run or a documented
 * default: {@code if (user.isPasswordGenerated()) log.warn("Using generated password: {}", user.getPassword());}.
 * Frameworks print such a password on purpose, once, for development; a configured one logged on the same line
 * outside that guard, or under {@code !isPasswordGenerated()}, is still reported, and so is any other secret under
 * such a guard's look-alike ({@code if (tokenGenerated)}: a generated API token is a user's real credential). Also
 * whether a variable is read where a comparison has proved it equal to a constant text ({@link #holdsAKnownLiteral}).
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

  /**
   * Whether {@code reference} reads a variable that an enclosing {@code if} has just proved equal to a constant text:
   * it runs in the {@code then} branch of a condition one of whose {@code &&} operands compares the variable, unnegated,
   * with a literal or a compile-time constant ({@code if ("changeme".equals(password))}, {@code
   * password.equalsIgnoreCase(DEFAULT_PASSWORD)}, {@code Objects.equals(password, "admin")}), and the branch gives the
   * variable nothing before the reference. Its value is then that constant, which the source already shows: a
   * documented default password printed to warn that it is in use leaks nothing.
   */
  static boolean holdsAKnownLiteral(Expr reference, UnitIndex index) {
    Variable variable = Nodes.variableOf(reference);
    if (variable == null) {
      return false;
    }
    Node child = reference;
    for (Node node = reference.parent(); node != null && !(node instanceof MethodDecl); node = node.parent()) {
      if (node instanceof Stmt.If && ((Stmt.If) node).thenStatement() == child
          && comparesWithAConstant(((Stmt.If) node).condition(), variable)
          && !givenWithin(child, variable, reference, index)) {
        return true;
      }
      child = node;
    }
    return false;
  }

  private static boolean comparesWithAConstant(Expr condition, Variable variable) {
    for (Expr operand : Nodes.operands(condition, Expr.Binary.Op.AND)) {
      if (!(operand instanceof Expr.Call) || !SecretCatalog.isTextEquality(((Expr.Call) operand).name())) {
        continue;
      }
      Expr.Call equality = (Expr.Call) operand;
      List<Expr> arguments = equality.arguments();
      Expr left = arguments.size() == 1 ? equality.receiver() : arguments.size() == 2 ? arguments.get(0) : null;
      Expr right = arguments.isEmpty() ? null : arguments.get(arguments.size() - 1);
      if (left == null || right == null) {
        continue;
      }
      if (Nodes.variableOf(left) == variable && Nodes.stringConstant(right) != null
          || Nodes.stringConstant(left) != null && Nodes.variableOf(right) == variable) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code branch} assigns {@code variable} before {@code reference}. */
  private static boolean givenWithin(Node branch, Variable variable, Expr reference, UnitIndex index) {
    for (Expr.Name use : index.namesOf(variable)) {
      if (use.parent() instanceof Expr.Assign && ((Expr.Assign) use.parent()).target() == use
          && Nodes.isWithin(use, branch) && use.span().start() < reference.span().start()) {
        return true;
      }
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
