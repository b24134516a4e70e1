package dev.tracelint.pmd;

import net.sourceforge.pmd.lang.ast.impl.javacc.JavaccToken;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * Where tracelint's PMD rules report, so that they agree with the Error Prone checks line for line. Error Prone places
 * a method call at its name; a PMD call node starts at its receiver, which in a multi-line builder chain is lines
 * earlier.
 */
final class ReportPositions {
  private ReportPositions() {}

  /** Reports {@code message} (plain text, not a {@code MessageFormat} pattern) at the line of the call's name. */
  static void reportAtMethodName(RuleContext ctx, ASTMethodCall call, String message) {
    ctx.addViolationWithPosition(call, methodNameToken(call), escapeForMessageFormat(message));
  }

  /** Reports {@code message} (plain text) at {@code node}'s own position. */
  static void reportAt(RuleContext ctx, JavaNode node, String message) {
    ctx.addViolationWithMessage(node, escapeForMessageFormat(message));
  }

  /**
   * The token of the call's method name: the last identifier spelled like the method before its argument list. Falls
   * back to the call's first token for any shape it does not recognise.
   */
  static JavaccToken methodNameToken(ASTMethodCall call) {
    JavaccToken first = call.getFirstToken();
    JavaccToken argumentsStart = call.getArguments().getFirstToken();
    JavaccToken name = first;
    for (JavaccToken token = first; token != null && token != argumentsStart; token = token.getNext()) {
      if (call.getMethodName().equals(token.getImage())) {
        name = token;
      }
    }
    return name;
  }

  /** PMD formats violation messages with {@code MessageFormat}: quotes and braces in plain text must be escaped. */
  static String escapeForMessageFormat(String plain) {
    return plain.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
  }
}
