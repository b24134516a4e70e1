package dev.tracelint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UnclosedTrace's fix as a user applies it: javac in Error Prone's patch mode ({@code -XepPatchChecks:UnclosedTrace
 * -XepPatchLocation:IN_PLACE}) over a copy of the sample app rewrites its violations in place; the patched sources
 * still compile, and the check finds nothing left to report.
 */
class UnclosedTraceFixEndToEndTest {
  private static final Set<String> CHECK = Set.of("UnclosedTrace");

  @Test
  void patchedSampleCompilesAndIsSilent(@TempDir Path workDir) throws IOException {
    List<Path> sources = copyOfSample(workDir);
    List<String> options = new ArrayList<>(List.of("-Xplugin:ErrorProne", "-XepDisableAllChecks",
        "-Xep:UnclosedTrace:WARN"));
    options.addAll(UserOptions.errorProneFlags());
    String plugin = String.join(" ", options);

    ErrorProneRun before = ErrorProneRun.compileWithPluginArgument(sources, CHECK, plugin,
        ConformancePaths.processorPath(true));
    int findings = before.findings().size();
    assertTrue(findings >= 6, "the sample's UnclosedTrace violations: " + before.describeAll());
    String violationBefore = Files.readString(violation(workDir));

    ErrorProneRun patching = ErrorProneRun.compileWithPluginArgument(sources, CHECK,
        plugin + " -XepPatchChecks:UnclosedTrace -XepPatchLocation:IN_PLACE", ConformancePaths.processorPath(true));
    assertTrue(patching.errors().isEmpty(), () -> String.join("\n", patching.errors()));
    assertNotEquals(violationBefore, Files.readString(violation(workDir)), "the fix rewrote nothing");

    ErrorProneRun after = ErrorProneRun.compileWithPluginArgument(sources, CHECK, plugin,
        ConformancePaths.processorPath(true));
    assertTrue(after.succeeded(), () -> "patched sources do not compile:\n" + after.describeAll());
    assertEquals(Set.of(), after.findings(), () -> "left after patching:\n" + after.describeAll());
    System.out.printf("UnclosedTrace fix: %d of %d sample findings fixed%n", findings - after.findings().size(),
        findings);
  }

  private static List<Path> copyOfSample(Path workDir) throws IOException {
    Path sample = ConformancePaths.samplesSourceDir();
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        Path copy = workDir.resolve(sample.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        copies.add(copy);
      }
    }
    return copies;
  }

  private static Path violation(Path workDir) {
    return workDir.resolve("com/example/agent/unclosedtrace/UnclosedTraceViolation.java");
  }
}
