package dev.tracelint.lsp.server;

import dev.tracelint.lsp.engine.Finding;
import dev.tracelint.lsp.engine.FindingSeverity;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Turns a finding into the diagnostic an editor shows: on the reported token, {@code code} the rule name (also the
 * suppression key), a link to the rule's page, the engines' message, {@code source} "tracelint".
 */
final class DiagnosticFactory {
  /** The {@code source} of every diagnostic: editors show it next to the message and filter by it. */
  static final String SOURCE = "tracelint";

  private DiagnosticFactory() {}

  static Diagnostic diagnosticOf(Finding finding) {
    Diagnostic diagnostic = new Diagnostic(rangeOf(finding), finding.message(), severityOf(finding.severity()), SOURCE);
    diagnostic.setCode(finding.ruleName());
    if (!finding.docsUrl().isBlank()) {
      diagnostic.setCodeDescription(new DiagnosticCodeDescription(finding.docsUrl()));
    }
    return diagnostic;
  }

  static Range rangeOf(Finding finding) {
    return new Range(
        new Position(finding.line() - 1, finding.column() - 1),
        new Position(finding.endLine() - 1, finding.endColumn() - 1));
  }

  /** See {@link FindingSeverity} for why tracelint's rules are warnings. */
  static DiagnosticSeverity severityOf(FindingSeverity severity) {
    switch (severity) {
      case ERROR:
        return DiagnosticSeverity.Error;
      case WARNING:
        return DiagnosticSeverity.Warning;
      default:
        return DiagnosticSeverity.Information;
    }
  }
}
