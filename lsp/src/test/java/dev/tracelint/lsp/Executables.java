package dev.tracelint.lsp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Whether a program a test needs (an editor, Maven) is installed, so that the test can skip itself cleanly. */
public final class Executables {
  private Executables() {}

  public static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
  }
}
