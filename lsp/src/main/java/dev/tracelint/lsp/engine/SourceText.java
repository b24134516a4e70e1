package dev.tracelint.lsp.engine;

/**
 * A Java source to analyse: where it lives (a file path; it names the file in reports and lets PMD pick the
 * language) and its current text, which may differ from the file on disk while an editor holds unsaved changes.
 */
public record SourceText(String path, String text) {}
