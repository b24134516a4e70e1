package dev.tracelint.lsp.server;

import static dev.tracelint.lsp.Executables.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracelint.lsp.LspProcess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second real editor: batch Emacs with eglot opens a violating file with the server attached and the test reads
 * the diagnostics Flymake received. Skipped unless Emacs and eglot are installed (Debian: {@code emacs-nox
 * elpa-eglot}); CI does not install them.
 */
class EmacsEglotIT {
  @TempDir Path workspace;

  @Test
  void eglotShowsTheFinding() throws Exception {
    assumeTrue(onPath("emacs"), "Emacs is not installed");
    assumeTrue(new ProcessBuilder("emacs", "--batch", "-q", "--eval", "(require 'eglot)").start()
        .waitFor() == 0, "eglot is not installed");
    // project.el, which eglot asks for the workspace root, recognises a version-controlled folder
    Files.createDirectories(workspace.resolve(".git"));
    Path file = workspace.resolve("AgentService.java");
    Files.writeString(file, LanguageServerIT.VIOLATING);
    Path script = workspace.resolve("eglot-diagnostics.el");
    try (InputStream elisp = EmacsEglotIT.class.getResourceAsStream("/editors/eglot-diagnostics.el")) {
      Files.copy(elisp, script);
    }
    Path report = workspace.resolve("report.txt");
    ProcessBuilder emacs = new ProcessBuilder("emacs", "--batch", "-q", "-l", script.toString())
        .directory(workspace.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workspace.resolve("emacs.log").toFile());
    emacs.environment().put("TRACELINT_LSP_JAR", LspProcess.serverJar().toString());
    emacs.environment().put("TRACELINT_FILE", file.toString());
    emacs.environment().put("TRACELINT_OUT", report.toString());
    Process process = emacs.start();
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "Emacs finishes");

    String log = Files.readString(workspace.resolve("emacs.log"));
    assertTrue(Files.exists(report), "Emacs wrote no report; log:\n" + log);
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertEquals(List.of("diagnostic line 16 type eglot-warning: tracelint [UnclosedTrace]: span 'span' is not ended "
        + "on every path: call span.end() in a finally block"), lines, "log:\n" + log);
  }
}
