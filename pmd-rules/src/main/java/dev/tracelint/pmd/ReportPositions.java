package dev.tracelint.pmd;

import dev.tracelint.analysis.Finding;
import dev.tracelint.analysis.Procedure;
import java.util.List;
import net.sourceforge.pmd.lang.ast.impl.javacc.JavaccToken;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.Annotatable;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * Where and whether tracelint's PMD rules report, so that they agree with the Error Prone checks line for line and
 * honour the same suppression.
 *
 * <p>Error Prone places a method call at its name; a PMD call node starts at its receiver, which in a multi-line
 * builder chain is lines earlier. Error Prone suppresses a check with {@code @SuppressWarnings("RuleName")}; PMD only
 * knows {@code "PMD.RuleName"} by itself, so the bare name is honoured here ({@code // NOPMD} and
 * {@code "PMD.RuleName"} keep working as PMD handles them).
 */
final class ReportPositions {
  private ReportPositions() {}

  /**
   * Reports every finding of {@code procedure} in the file {@code node} is in, each at its anchor: a call at its
   * method name, anything else at the node. A procedure that throws reports nothing: PMD must go on with the file
   * (unless {@link Procedure#RETHROW_PROPERTY} asks for the crash).
   */
  static void reportAll(RuleContext ctx, Rule rule, Procedure procedure, JavaNode node) {
    List<Finding> findings;
    try {
      findings = procedure.findings(PmdAdapter.unitOf(node));
    } catch (RuntimeException | StackOverflowError e) {
      if (Boolean.getBoolean(Procedure.RETHROW_PROPERTY)) {
        throw e;
      }
      return;
    }
    for (Finding finding : findings) {
      Object anchor = finding.anchor().source();
      if (anchor instanceof ASTMethodCall) {
        reportAtMethodName(ctx, rule, (ASTMethodCall) anchor, finding.message());
      } else if (anchor instanceof JavaNode) {
        reportAt(ctx, rule, (JavaNode) anchor, finding.message());
      }
    }
  }

  /** Reports {@code message} (plain text, not a {@code MessageFormat} pattern) at the line of the call's name. */
  static void reportAtMethodName(RuleContext ctx, Rule rule, ASTMethodCall call, String message) {
    if (!isSuppressed(call, rule.getName())) {
      ctx.addViolationWithPosition(call, methodNameToken(call), escapeForMessageFormat(message));
    }
  }

  /** Reports {@code message} (plain text) at {@code node}'s own position. */
  static void reportAt(RuleContext ctx, Rule rule, JavaNode node, String message) {
    if (!isSuppressed(node, rule.getName())) {
      ctx.addViolationWithMessage(node, escapeForMessageFormat(message));
    }
  }

  /** Whether a declaration enclosing {@code node} (or {@code node} itself) says {@code @SuppressWarnings("ruleName")}. */
  static boolean isSuppressed(JavaNode node, String ruleName) {
    return node.ancestorsOrSelf()
        .filterIs(Annotatable.class)
        .flatMap(Annotatable::getDeclaredAnnotations)
        .filter(annotation -> isSuppressWarnings(annotation))
        .flatMap(annotation -> annotation.getFlatValue("value"))
        .any(value -> ruleName.equals(value.getConstValue()));
  }

  private static boolean isSuppressWarnings(ASTAnnotation annotation) {
    return "SuppressWarnings".equals(annotation.getSimpleName());
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
