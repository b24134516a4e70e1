package dev.tracelint.lsp.server;

import dev.tracelint.lsp.actions.FixProvider;
import dev.tracelint.lsp.actions.RuleFix;
import dev.tracelint.lsp.actions.SuppressWarningsFix;
import dev.tracelint.lsp.engine.Finding;
import dev.tracelint.lsp.server.LiveAnalysis.Published;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The quick fixes for the findings under the cursor: the rule's own fix when its {@link FixProvider} has one
 * (preferred), and suppressing the rule on the enclosing declaration. Offered only while the findings describe the
 * document's current text, so that the edits' positions are right.
 */
final class CodeActions {
  private final LiveAnalysis analysis;
  private final FixProvider fixes;

  CodeActions(LiveAnalysis analysis, FixProvider fixes) {
    this.analysis = analysis;
    this.fixes = fixes;
  }

  List<Either<Command, CodeAction>> forRequest(CodeActionParams params) {
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    if (only != null && only.stream().noneMatch(CodeActionKind.QuickFix::startsWith)) {
      return List.of();
    }
    String uri = params.getTextDocument().getUri();
    Optional<Published> published = analysis.current(uri);
    if (published.isEmpty()) {
      return List.of();
    }
    String text = published.get().text();
    LineOffsets offsets = new LineOffsets(text);
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    Set<String> suppressions = new LinkedHashSet<>();
    for (Finding finding : published.get().findings()) {
      Range range = DiagnosticFactory.rangeOf(finding);
      if (!overlaps(range, params.getRange())) {
        continue;
      }
      fixes.fixFor(text, finding, analysis.rules().ruleSet(), analysis.auxClasspath())
          .ifPresent(fix -> actions.add(Either.forRight(action(uri, fix, finding, offsets, true))));
      SuppressWarningsFix.at(text, finding.ruleName(), finding.line(), finding.column())
          .filter(fix -> suppressions.add(fix.title()))
          .ifPresent(fix -> actions.add(Either.forRight(action(uri, fix, finding, offsets, false))));
    }
    return actions;
  }

  private static CodeAction action(String uri, RuleFix fix, Finding finding, LineOffsets offsets, boolean preferred) {
    List<TextEdit> edits = fix.edits().stream()
        .map(edit -> new TextEdit(
            new Range(offsets.positionOf(edit.start()), offsets.positionOf(edit.end())), edit.replacement()))
        .toList();
    CodeAction action = new CodeAction(fix.title());
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(DiagnosticFactory.diagnosticOf(finding)));
    action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
    if (preferred) {
      action.setIsPreferred(true);
    }
    return action;
  }

  /** Whether two ranges share a position; a cursor (an empty range) at either end of a token touches it. */
  private static boolean overlaps(Range a, Range b) {
    return !isBefore(a.getEnd(), b.getStart()) && !isBefore(b.getEnd(), a.getStart());
  }

  private static boolean isBefore(Position a, Position b) {
    return a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
  }
}
