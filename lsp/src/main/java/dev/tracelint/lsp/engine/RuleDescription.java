package dev.tracelint.lsp.engine;

/**
 * What a report says about a rule, whether or not it found anything: its name, its one-line summary (the ruleset's
 * message), its documentation page (empty when none) and the severity of its findings.
 */
public record RuleDescription(String name, String summary, String docsUrl, FindingSeverity severity) {}
