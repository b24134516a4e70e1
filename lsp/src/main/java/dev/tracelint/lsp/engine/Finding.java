package dev.tracelint.lsp.engine;

/**
 * One rule finding in a source, placed on the reported token: 1-based {@code line} and {@code column} of its first
 * character and 1-based, exclusive {@code endColumn} on {@code endLine} (columns count UTF-16 code units, as both the
 * Language Server Protocol and SARIF do by default).
 *
 * @param ruleName the rule's name, which is also its suppression key
 * @param message the engines' message, word for word
 * @param severity derived from the rule's PMD priority
 * @param docsUrl the rule's documentation page, or an empty string when its ruleset names none
 */
public record Finding(
    String ruleName,
    String message,
    FindingSeverity severity,
    String docsUrl,
    int line,
    int column,
    int endLine,
    int endColumn) {}
