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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UnclosedTrace's fix, as text edits over the unit's text, for a start in a block ({@code T x = <start>;}, or an X-Ray
 * segment begun by a statement of its own):
 * <ul>
 *   <li>a following {@code try} that ends on some paths only (its block or catches end, it has no {@code finally})
 *       gets {@code finally { x.end(); }}, and the end calls it held go;
 *   <li>otherwise the statements after the start, up to the first end call of the block, are wrapped in
 *       {@code try { ... } finally { x.end(); }} (a scope: {@code try (Scope s = ...) { ... }}); the old end call goes,
 *       returns stay inside the {@code try}, and a variable declared in the wrapped statements and used after them is
 *       declared before the {@code try}. With no end call at all, the rest of the block is wrapped.
 * </ul>
 * No fix where the rewrite could change what the code does: another end call elsewhere, the span used after its end,
 * a text block (re-indenting would change it), a {@code var} or annotated declaration to move, a local class.
 */
final class UnclosedTraceFix {
  private UnclosedTraceFix() {}

  /** The edits of the fix, or an empty list when no fix keeps the code's meaning. */
  static List<TextEdit> suggest(Obligation obligation, UnclosedTraceFlow flow) {
    SourceUnit unit = obligation.start().unit();
    boolean ownerEnded = obligation.lifecycle().style() == EndStyle.END_ON_OWNER;
    if (obligation.lifecycle().endArgumentsUnknown()) {
      // an in-house end on the owner: the call to insert may need the value, or may not exist without it
      return List.of();
    }
    boolean fixable = ownerEnded
        ? obligation.holder() == null && obligation.statement() instanceof Stmt.ExprStmt
        : obligation.holder() != null && obligation.isDeclaration();
    if (!fixable || !(obligation.statement().parent() instanceof Stmt.Block) || unit.text() == null) {
      return List.of();
    }
    Stmt start = obligation.statement();
    List<Stmt> statements = ((Stmt.Block) start.parent()).statements();
    List<Stmt> rest = statements.subList(statements.indexOf(start) + 1, statements.size());
    if (rest.isEmpty() || !hasPositions(start, rest)) {
      return List.of();
    }
    for (Stmt statement : rest) {
      // A helper or a callback ends it somewhere: moving that call into a finally would change what runs when.
      if (Nodes.anyInline(statement, node -> node instanceof Expr.Call && flow.isIndirectEnd((Expr.Call) node))) {
        return List.of();
      }
    }
    Source source = new Source(unit.text());
    if (source.between(start.span().start(), last(rest).span().end()).contains("\"\"\"")) {
      return List.of();
    }
    Fix fix = new Fix(obligation, flow, source, rest);
    if (obligation.lifecycle().style() != EndStyle.CLOSE_SCOPE) {
      List<TextEdit> finallyOnTry = fix.finallyOnFollowingTry();
      if (!finallyOnTry.isEmpty()) {
        return finallyOnTry;
      }
    }
    return fix.wrap();
  }

  /** One fix being composed. */
  private static final class Fix {
    private final Obligation obligation;
    private final UnclosedTraceFlow flow;
    private final Source source;
    private final List<Stmt> rest;

    Fix(Obligation obligation, UnclosedTraceFlow flow, Source source, List<Stmt> rest) {
      this.obligation = obligation;
      this.flow = flow;
      this.source = source;
      this.rest = rest;
    }

    /**
     * {@code try (Scope s = span.makeCurrent()) { work(); span.end(); return r; }}, or an end-and-rethrow in a catch
     * without an end on the normal path: the end calls move into a new {@code finally}.
     */
    List<TextEdit> finallyOnFollowingTry() {
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
      if (tryStatement.finallyBlock() != null || !allHarmless(rest.subList(0, tryIndex))) {
        return List.of();
      }
      for (Node resource : tryStatement.resources()) {
        if (flow.containsEnd(resource)) {
          return List.of();
        }
      }
      List<Stmt.Block> blocks = new ArrayList<>();
      blocks.add(tryStatement.block());
      tryStatement.catches().forEach(handler -> blocks.add(handler.block()));
      List<Stmt> ends = new ArrayList<>();
      for (Stmt.Block block : blocks) {
        List<Stmt> inBlock = block.statements();
        for (int i = 0; i < inBlock.size(); i++) {
          Stmt statement = inBlock.get(i);
          if (flow.isEndStatement(statement)) {
            if (usesObligation(inBlock.subList(i + 1, inBlock.size()))) {
              return List.of();
            }
            ends.add(statement);
          } else if (flow.containsEnd(statement)) {
            return List.of();
          }
        }
      }
      if (ends.isEmpty() || usesObligation(rest.subList(tryIndex + 1, rest.size()))) {
        return List.of();
      }
      List<TextEdit> edits = new ArrayList<>();
      for (Stmt end : ends) {
        int[] deletion = source.lineOf(end.span());
        edits.add(new TextEdit(deletion[0], deletion[1], ""));
      }
      String indent = source.indentOf(tryStatement.span().start());
      int tryEnd = tryStatement.span().end();
      edits.add(new TextEdit(tryEnd, tryEnd,
          " finally {\n" + indent + "  " + source.textOf(ends.get(0)) + "\n" + indent + "}"));
      return edits;
    }

    /** Wraps the statements up to the (moved) end call in try/finally, or the scope in try-with-resources. */
    List<TextEdit> wrap() {
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
      if (usesObligation(after)) {
        return List.of();
      }
      List<Stmt.LocalVar> hoisted = new ArrayList<>();
      for (Stmt statement : wrapped) {
        if (statement instanceof Stmt.LocalClass) {
          return List.of();
        }
        if (statement instanceof Stmt.LocalVar
            && uses(after, Set.of(((Stmt.LocalVar) statement).variable()))) {
          if (!canHoist((Stmt.LocalVar) statement)) {
            return List.of();
          }
          hoisted.add((Stmt.LocalVar) statement);
        }
      }
      Stmt start = obligation.statement();
      String indent = source.indentOf(start.span().start());
      int wrappedStart = wrapped.get(0).span().start();
      int wrappedEnd = last(wrapped).span().end();
      String body = indent + "  " + reindent(withoutHoistedTypes(wrappedStart, wrappedEnd, hoisted));
      StringBuilder declarations = new StringBuilder();
      for (Stmt.LocalVar local : hoisted) {
        declarations.append(hoistedDeclaration(local)).append('\n').append(indent);
      }
      List<TextEdit> edits = new ArrayList<>();
      if (obligation.lifecycle().style() == EndStyle.CLOSE_SCOPE) {
        String resource = source.textOf(start).trim();
        if (resource.endsWith(";")) {
          resource = resource.substring(0, resource.length() - 1);
        }
        edits.add(new TextEdit(start.span().start(), wrappedEnd,
            declarations + "try (" + resource + ") {\n" + body + "\n" + indent + "}"));
      } else {
        String endCall = endIndex < rest.size() ? source.textOf(rest.get(endIndex)).trim() : missingEndCall();
        if (endCall == null) {
          return List.of();
        }
        edits.add(new TextEdit(wrappedStart, wrappedEnd, declarations + "try {\n" + body + "\n" + indent
            + "} finally {\n" + indent + "  " + endCall + "\n" + indent + "}"));
      }
      if (endIndex < rest.size()) {
        int[] deletion = source.lineOf(rest.get(endIndex).span());
        edits.add(new TextEdit(deletion[0], deletion[1], ""));
      }
      return edits;
    }

    /** {@code span.end();} for a value; {@code AWSXRay.endSegment();} (on the start's own receiver) for a segment. */
    private String missingEndCall() {
      String end = obligation.lifecycle().primaryEndMethod() + "();";
      if (obligation.holder() != null) {
        return obligation.holder().name() + "." + end;
      }
      Expr receiver = obligation.start().receiver();
      String owner = receiver == null ? null : source.textOf(receiver);
      return owner == null || owner.contains("(") ? null : owner + "." + end;
    }

    /** A declaration that can be split into {@code T x;} before the try and {@code x = init;} inside it. */
    private boolean canHoist(Stmt.LocalVar local) {
      return local.variable().writtenType() != null
          && local.variable().annotations().isEmpty()
          && source.textOf(local).trim().endsWith(";")
          && (local.initializer() == null || nameBeforeInitializer(local) >= 0);
    }

    /** {@code final String answer;} from {@code final String answer = call();}. */
    private String hoistedDeclaration(Stmt.LocalVar local) {
      String text = source.textOf(local).trim();
      if (local.initializer() == null) {
        return text;
      }
      return text.substring(0, nameBeforeInitializer(local) + local.variable().name().length()) + ";";
    }

    /** The offset, in the declaration's text, of the variable's name before {@code =}; -1 when not found. */
    private int nameBeforeInitializer(Stmt.LocalVar local) {
      Matcher name = Pattern.compile("\\b" + Pattern.quote(local.variable().name()) + "\\s*=(?!=)")
          .matcher(source.textOf(local));
      return name.find() ? name.start() : -1;
    }

    /** The wrapped text with hoisted declarations reduced to assignments (or removed, when they assign nothing). */
    private String withoutHoistedTypes(int start, int end, List<Stmt.LocalVar> hoisted) {
      List<TextEdit> edits = new ArrayList<>();
      for (Stmt.LocalVar local : hoisted) {
        int declarationStart = local.span().start() - start;
        if (local.initializer() == null) {
          int[] line = source.lineOf(local.span());
          edits.add(new TextEdit(Math.max(0, line[0] - start), Math.min(end - start, line[1] - start), ""));
        } else {
          edits.add(new TextEdit(declarationStart, declarationStart + nameBeforeInitializer(local), ""));
        }
      }
      return TextEdit.apply(source.between(start, end), edits);
    }

    private boolean allHarmless(List<Stmt> statements) {
      for (Stmt statement : statements) {
        if (!flow.harmless(statement)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the statements use the span (or, for a segment, end it through its owner). */
    private boolean usesObligation(List<Stmt> statements) {
      Variable holder = obligation.holder();
      if (holder != null) {
        return uses(statements, Set.of(holder));
      }
      for (Stmt statement : statements) {
        if (flow.containsEnd(statement)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean hasPositions(Stmt start, List<Stmt> rest) {
    if (!start.span().isKnown()) {
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
        if (node instanceof Expr.Name && ((Expr.Name) node).variable() != null
            && variables.contains(((Expr.Name) node).variable())) {
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

    String textOf(Node node) {
      return between(node.span().start(), node.span().end());
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
