package dev.tracelint.analysis;

import dev.tracelint.analysis.UnclosedTrace.Obligation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Span;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * UnclosedTrace's fix, as text edits, offered only for a local declaration whose remedy is unambiguous: add a
 * {@code finally} to the following {@code try} that ends the span on its normal path only, wrap the following
 * statements in {@code try/finally} (moving the existing end call), or turn a scope into try-with-resources.
 */
final class UnclosedTraceFix {
  private UnclosedTraceFix() {}

  /** The edits of the fix, or an empty list when the remedy is not unambiguous. */
  static List<TextEdit> suggest(Obligation obligation, UnclosedTraceFlow flow) {
    SourceUnit unit = obligation.start().unit();
    if (!obligation.isDeclaration()
        || obligation.holder() == null
        || obligation.lifecycle().style() == EndStyle.END_ON_OWNER
        || !(obligation.statement().parent() instanceof Stmt.Block)
        || unit.text() == null) {
      return List.of();
    }
    Stmt.LocalVar declaration = (Stmt.LocalVar) obligation.statement();
    List<Stmt> statements = ((Stmt.Block) declaration.parent()).statements();
    List<Stmt> rest = statements.subList(statements.indexOf(declaration) + 1, statements.size());
    if (rest.isEmpty() || !hasPositions(declaration, rest)) {
      return List.of();
    }
    Source source = new Source(unit.text());
    if (source.between(declaration.span().start(), last(rest).span().end()).contains("\"\"\"")) {
      return List.of();
    }
    if (obligation.lifecycle().style() == EndStyle.END_VALUE) {
      List<TextEdit> finallyOnTry = addFinallyToTry(obligation, flow, rest, source);
      if (!finallyOnTry.isEmpty()) {
        return finallyOnTry;
      }
    }
    return wrap(obligation, flow, declaration, rest, source);
  }

  /** {@code try (Scope s = span.makeCurrent()) { work(); span.end(); }} gets {@code finally { span.end(); }}. */
  private static List<TextEdit> addFinallyToTry(
      Obligation obligation, UnclosedTraceFlow flow, List<Stmt> rest, Source source) {
    int tryIndex = -1;
    for (int i = 0; i < rest.size(); i++) {
      if (flow.containsEnd(rest.get(i))) {
        if (tryIndex >= 0) {
          return List.of();
        }
        tryIndex = i;
      }
    }
    if (tryIndex < 0 || !(rest.get(tryIndex) instanceof Stmt.Try)) {
      return List.of();
    }
    Stmt.Try tryStatement = (Stmt.Try) rest.get(tryIndex);
    List<Stmt> body = tryStatement.block().statements();
    if (tryStatement.finallyBlock() != null || body.size() < 2 || !flow.isEndStatement(last(body))) {
      return List.of();
    }
    for (int i = 0; i < tryIndex; i++) {
      if (!flow.harmless(rest.get(i))) {
        return List.of();
      }
    }
    for (int i = 0; i < body.size() - 1; i++) {
      if (flow.containsEnd(body.get(i))) {
        return List.of();
      }
    }
    for (Node resource : tryStatement.resources()) {
      if (flow.containsEnd(resource)) {
        return List.of();
      }
    }
    for (Stmt.Catch handler : tryStatement.catches()) {
      if (flow.containsEnd(handler)) {
        return List.of();
      }
    }
    if (uses(rest.subList(tryIndex + 1, rest.size()), Set.of(obligation.holder()))) {
      return List.of();
    }
    Stmt end = last(body);
    String indent = source.indentOf(tryStatement.span().start());
    int[] deletion = source.lineOf(end.span());
    int tryEnd = tryStatement.span().end();
    return List.of(
        new TextEdit(deletion[0], deletion[1], ""),
        new TextEdit(tryEnd, tryEnd,
            " finally {\n" + indent + "  " + source.between(end.span().start(), end.span().end()) + "\n" + indent + "}"));
  }

  /** Wraps the statements up to the (moved) end call in try/finally, or the scope in try-with-resources. */
  private static List<TextEdit> wrap(
      Obligation obligation, UnclosedTraceFlow flow, Stmt.LocalVar declaration, List<Stmt> rest, Source source) {
    int endIndex = rest.size();
    for (int i = 0; i < rest.size(); i++) {
      Stmt statement = rest.get(i);
      if (flow.isEndStatement(statement) && endIndex == rest.size()) {
        endIndex = i;
      } else if (flow.containsEnd(statement)) {
        return List.of();
      }
    }
    if (endIndex == 0) {
      return List.of();
    }
    List<Stmt> wrapped = rest.subList(0, endIndex);
    List<Stmt> after = rest.subList(Math.min(endIndex + 1, rest.size()), rest.size());
    Set<Variable> mustNotEscape = new HashSet<>();
    mustNotEscape.add(obligation.holder());
    for (Stmt statement : wrapped) {
      if (statement instanceof Stmt.LocalClass) {
        return List.of();
      }
      if (statement instanceof Stmt.LocalVar) {
        mustNotEscape.add(((Stmt.LocalVar) statement).variable());
      }
    }
    if (uses(after, mustNotEscape)) {
      return List.of();
    }
    String indent = source.indentOf(declaration.span().start());
    int wrappedStart = wrapped.get(0).span().start();
    int wrappedEnd = last(wrapped).span().end();
    String body = indent + "  " + reindent(source.between(wrappedStart, wrappedEnd));
    List<TextEdit> edits = new ArrayList<>();
    if (obligation.lifecycle().style() == EndStyle.CLOSE_SCOPE) {
      String resource = source.between(declaration.span().start(), declaration.span().end()).trim();
      if (resource.endsWith(";")) {
        resource = resource.substring(0, resource.length() - 1);
      }
      edits.add(new TextEdit(declaration.span().start(), wrappedEnd,
          "try (" + resource + ") {\n" + body + "\n" + indent + "}"));
    } else {
      String endCall = endIndex < rest.size()
          ? source.between(rest.get(endIndex).span().start(), rest.get(endIndex).span().end()).trim()
          : obligation.holder().name() + "." + obligation.lifecycle().primaryEndMethod() + "();";
      edits.add(new TextEdit(wrappedStart, wrappedEnd,
          "try {\n" + body + "\n" + indent + "} finally {\n" + indent + "  " + endCall + "\n" + indent + "}"));
    }
    if (endIndex < rest.size()) {
      int[] deletion = source.lineOf(rest.get(endIndex).span());
      edits.add(new TextEdit(deletion[0], deletion[1], ""));
    }
    return edits;
  }

  private static boolean hasPositions(Stmt declaration, List<Stmt> rest) {
    if (!declaration.span().isKnown()) {
      return false;
    }
    for (Stmt statement : rest) {
      if (!statement.span().isKnown()) {
        return false;
      }
    }
    return true;
  }

  private static boolean uses(List<Stmt> statements, Set<Variable> variables) {
    for (Stmt statement : statements) {
      for (Node node : Nodes.all(statement)) {
        if (node instanceof Expr.Name && variables.contains(((Expr.Name) node).variable())) {
          return true;
        }
      }
    }
    return false;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
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

  /** The unit's text, with the small questions about lines that edits need. */
  private static final class Source {
    private final CharSequence text;

    Source(CharSequence text) {
      this.text = text;
    }

    String between(int start, int end) {
      return text.subSequence(start, end).toString();
    }

    /** The whitespace before {@code offset} on its line (other characters turned into blanks). */
    String indentOf(int offset) {
      int lineStart = offset;
      while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
        lineStart--;
      }
      String prefix = between(lineStart, offset);
      return prefix.isBlank() ? prefix : prefix.replaceAll("\\S", " ");
    }

    /**
     * The range to delete to remove a statement: its whole line when it stands alone on it, so that comments before
     * it survive and no blank line is left behind; otherwise the statement and the blanks before it.
     */
    int[] lineOf(Span span) {
      int from = span.start();
      while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
        from--;
      }
      int to = span.end();
      while (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
        to++;
      }
      boolean aloneOnLine = (from == 0 || text.charAt(from - 1) == '\n') && to < text.length()
          && text.charAt(to) == '\n';
      return aloneOnLine ? new int[] {from, to + 1} : new int[] {from, span.end()};
    }
  }
}
