package dev.tracelint.checks;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import dev.tracelint.checks.UnclosedTrace.Obligation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * UnclosedTrace's suggested fixes, offered only for a local declaration whose remedy is unambiguous: add a
 * {@code finally} to the following {@code try} that ends the span on its normal path only, wrap the following
 * statements in {@code try/finally} (moving the existing end call), or turn a scope into try-with-resources.
 */
final class UnclosedTraceFix {
  private UnclosedTraceFix() {}

  /** The fix for this obligation, or {@code null} when the remedy is not unambiguous. */
  static Fix suggest(Obligation obligation, VisitorState state) {
    if (!obligation.isDeclaration()
        || obligation.holder() == null
        || obligation.lifecycle().style() == EndStyle.END_ON_OWNER
        || !(obligation.statement().getParentPath().getLeaf() instanceof BlockTree)) {
      return null;
    }
    VariableTree declaration = (VariableTree) obligation.statement().getLeaf();
    List<? extends StatementTree> statements =
        ((BlockTree) obligation.statement().getParentPath().getLeaf()).getStatements();
    List<? extends StatementTree> rest = statements.subList(statements.indexOf(declaration) + 1, statements.size());
    if (rest.isEmpty()) {
      return null;
    }
    CharSequence source = state.getSourceCode();
    int restEnd = state.getEndPosition(rest.get(rest.size() - 1));
    if (source == null || restEnd < 0 || source.subSequence(ASTHelpers.getStartPosition(declaration), restEnd)
        .toString().contains("\"\"\"")) {
      return null;
    }
    UnclosedTraceFlow flow = new UnclosedTraceFlow(obligation, state);
    if (obligation.lifecycle().style() == EndStyle.END_VALUE) {
      Fix finallyOnTry = addFinallyToTry(obligation, flow, rest, state);
      if (finallyOnTry != null) {
        return finallyOnTry;
      }
    }
    return wrap(obligation, flow, declaration, rest, state);
  }

  /** {@code try (Scope s = span.makeCurrent()) { work(); span.end(); }} gets {@code finally { span.end(); }}. */
  private static Fix addFinallyToTry(
      Obligation obligation, UnclosedTraceFlow flow, List<? extends StatementTree> rest, VisitorState state) {
    int tryIndex = -1;
    for (int i = 0; i < rest.size(); i++) {
      if (flow.containsEnd(rest.get(i))) {
        if (tryIndex >= 0) {
          return null;
        }
        tryIndex = i;
      }
    }
    if (tryIndex < 0 || !(rest.get(tryIndex) instanceof TryTree)) {
      return null;
    }
    TryTree tryTree = (TryTree) rest.get(tryIndex);
    List<? extends StatementTree> body = tryTree.getBlock().getStatements();
    if (tryTree.getFinallyBlock() != null || body.size() < 2 || !isEndStatement(body.get(body.size() - 1), flow)) {
      return null;
    }
    for (int i = 0; i < tryIndex; i++) {
      if (!flow.harmless(rest.get(i))) {
        return null;
      }
    }
    for (int i = 0; i < body.size() - 1; i++) {
      if (flow.containsEnd(body.get(i))) {
        return null;
      }
    }
    for (Tree other : tryTree.getResources()) {
      if (flow.containsEnd(other)) {
        return null;
      }
    }
    if (!tryTree.getCatches().stream().noneMatch(flow::containsEnd)
        || uses(rest.subList(tryIndex + 1, rest.size()), Set.of(obligation.holder()))) {
      return null;
    }
    StatementTree end = body.get(body.size() - 1);
    String indent = indentOf(tryTree, state);
    int[] deletion = lineOf(end, state);
    return SuggestedFix.builder()
        .replace(deletion[0], deletion[1], "")
        .postfixWith(
            tryTree, " finally {\n" + indent + "  " + state.getSourceForNode(end) + "\n" + indent + "}")
        .build();
  }

  /** Wraps the statements up to the (moved) end call in try/finally, or the scope in try-with-resources. */
  private static Fix wrap(
      Obligation obligation,
      UnclosedTraceFlow flow,
      VariableTree declaration,
      List<? extends StatementTree> rest,
      VisitorState state) {
    int endIndex = rest.size();
    for (int i = 0; i < rest.size(); i++) {
      StatementTree statement = rest.get(i);
      if (isEndStatement(statement, flow) && endIndex == rest.size()) {
        endIndex = i;
      } else if (flow.containsEnd(statement)) {
        return null;
      }
    }
    if (endIndex == 0) {
      return null;
    }
    List<? extends StatementTree> wrapped = rest.subList(0, endIndex);
    List<? extends StatementTree> after = rest.subList(Math.min(endIndex + 1, rest.size()), rest.size());
    Set<Symbol> mustNotEscape = new HashSet<>();
    mustNotEscape.add(obligation.holder());
    for (StatementTree statement : wrapped) {
      if (statement instanceof ClassTree) {
        return null;
      }
      if (statement instanceof VariableTree) {
        mustNotEscape.add(ASTHelpers.getSymbol((VariableTree) statement));
      }
    }
    if (uses(after, mustNotEscape)) {
      return null;
    }
    String indent = indentOf(declaration, state);
    int wrappedStart = ASTHelpers.getStartPosition(wrapped.get(0));
    int wrappedEnd = state.getEndPosition(wrapped.get(wrapped.size() - 1));
    String body = indent + "  " + reindent(state.getSourceCode().subSequence(wrappedStart, wrappedEnd).toString());
    SuggestedFix.Builder fix = SuggestedFix.builder();
    if (obligation.lifecycle().style() == EndStyle.CLOSE_SCOPE) {
      String resource = state.getSourceForNode(declaration).trim();
      if (resource.endsWith(";")) {
        resource = resource.substring(0, resource.length() - 1);
      }
      fix.replace(
          ASTHelpers.getStartPosition(declaration),
          wrappedEnd,
          "try (" + resource + ") {\n" + body + "\n" + indent + "}");
    } else {
      String endCall =
          endIndex < rest.size()
              ? state.getSourceForNode(rest.get(endIndex)).trim()
              : obligation.holder().getSimpleName() + "." + obligation.lifecycle().primaryEndMethod() + "();";
      fix.replace(
          wrappedStart,
          wrappedEnd,
          "try {\n" + body + "\n" + indent + "} finally {\n" + indent + "  " + endCall + "\n" + indent + "}");
    }
    if (endIndex < rest.size()) {
      int[] deletion = lineOf(rest.get(endIndex), state);
      fix.replace(deletion[0], deletion[1], "");
    }
    return fix.build();
  }

  private static boolean isEndStatement(StatementTree statement, UnclosedTraceFlow flow) {
    return statement instanceof ExpressionStatementTree
        && ((ExpressionStatementTree) statement).getExpression() instanceof MethodInvocationTree
        && flow.isEndCall((MethodInvocationTree) ((ExpressionStatementTree) statement).getExpression());
  }

  private static boolean uses(List<? extends StatementTree> statements, Set<Symbol> symbols) {
    boolean[] found = {false};
    TreeScanner<Void, Void> scanner =
        new TreeScanner<>() {
          @Override
          public Void visitIdentifier(IdentifierTree node, Void unused) {
            found[0] |= symbols.contains(ASTHelpers.getSymbol(node));
            return null;
          }
        };
    for (StatementTree statement : statements) {
      scanner.scan(statement, null);
    }
    return found[0];
  }

  /**
   * The source range to delete to remove {@code statement}: its whole line when it stands alone on it, so that comments
   * before it survive and no blank line is left behind; otherwise the statement and the blanks before it.
   */
  private static int[] lineOf(StatementTree statement, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(statement);
    int end = state.getEndPosition(statement);
    int from = start;
    while (from > 0 && (source.charAt(from - 1) == ' ' || source.charAt(from - 1) == '\t')) {
      from--;
    }
    int to = end;
    while (to < source.length() && (source.charAt(to) == ' ' || source.charAt(to) == '\t')) {
      to++;
    }
    boolean aloneOnLine = (from == 0 || source.charAt(from - 1) == '\n') && to < source.length() && source.charAt(to) == '\n';
    return aloneOnLine ? new int[] {from, to + 1} : new int[] {from, end};
  }

  /** The whitespace before {@code tree} on its line. */
  private static String indentOf(Tree tree, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(tree);
    int lineStart = start;
    while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    String prefix = source.subSequence(lineStart, start).toString();
    return prefix.isBlank() ? prefix : prefix.replaceAll("\\S", " ");
  }

  /** Indents every line but the first (which the caller places) by two more spaces; blank lines stay blank. */
  private static String reindent(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      out.append('\n');
      if (!lines[i].isBlank()) {
        out.append("  ").append(lines[i]);
      }
    }
    return out.toString();
  }
}
