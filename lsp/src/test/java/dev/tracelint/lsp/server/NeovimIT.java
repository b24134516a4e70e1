package dev.tracelint.lsp.server;

import static dev.tracelint.lsp.Executables.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracelint.lsp.LspProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: headless Neovim opens a violating file with the server attached through its built-in LSP client,
 * and the test reads the diagnostics Neovim received and the result of applying the quick fix in Neovim. Skipped
 * when {@code nvim} is not installed; {@code .ci/run} installs it and fails if this test was skipped.
 */
class NeovimIT {
  @TempDir Path workspace;

  @Test
  void neovimShowsTheFindingAndAppliesTheQuickFix() throws Exception {
    assumeTrue(onPath("nvim"), "Neovim (nvim) is not installed");
    Path file = workspace.resolve("AgentService.java");
    Files.writeString(file, LanguageServerIT.VIOLATING);
    Path script = workspace.resolve("neovim-diagnostics.lua");
    try (InputStream lua = NeovimIT.class.getResourceAsStream("/editors/neovim-diagnostics.lua")) {
      Files.copy(lua, script);
    }
    Path report = workspace.resolve("report.txt");

    ProcessBuilder neovim = new ProcessBuilder("nvim", "--headless", "-n", "-i", "NONE", "-u", script.toString())
        .directory(workspace.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workspace.resolve("nvim.log").toFile());
    neovim.environment().put("TRACELINT_LSP_JAR", LspProcess.serverJar().toString());
    neovim.environment().put("TRACELINT_FILE", file.toString());
    neovim.environment().put("TRACELINT_OUT", report.toString());
    Process process = neovim.start();
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "Neovim finishes; log:\n" + log());

    assertTrue(Files.exists(report), "Neovim wrote no report; log:\n" + log());
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    String all = String.join("\n", lines);
    assertEquals("received true", lines.get(0), all);
    assertEquals("diagnostic 15:45-15:54 severity=2 source=tracelint code=UnclosedTrace message=span 'span' is not "
        + "ended on every path: call span.end() in a finally block", lines.get(1), all);
    assertTrue(lines.contains("action Suppress UnclosedTrace in method 'answer'"), all);
    assertTrue(lines.contains("cleared after the quick fix true"), all);
    assertTrue(lines.contains("line 15   @SuppressWarnings(\"UnclosedTrace\")"), all);
  }

  private String log() throws IOException {
    Path log = workspace.resolve("nvim.log");
    return Files.exists(log) ? Files.readString(log) : "(none)";
  }
}
