package dev.tracelint.lsp.engine;

import java.util.List;

/**
 * What the rules found in one source.
 *
 * @param findings the findings, in the order of the source
 * @param parsed false when the source does not parse: then {@code findings} is empty, and says nothing about it
 * @param errors why the source could not be analysed (a syntax error, a rule that failed), for a log
 */
public record SourceResult(List<Finding> findings, boolean parsed, List<String> errors) {
  public SourceResult {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
  }
}
