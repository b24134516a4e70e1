package dev.tracelint.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** javac in its own JVM, as a forked compile of a user's build runs it: only the given paths are visible. */
final class ForkedJavac {
  private ForkedJavac() {}

  record Result(int exitCode, String output) {}

  /** A started javac; {@link #await()} waits for it. Start several before awaiting any to use every core. */
  record Started(Process process, Path log) {
    Result await() throws IOException, InterruptedException {
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("javac did not finish within 3 minutes");
      }
      return new Result(process.exitValue(), Files.readString(log, UTF_8));
    }
  }

  static Started start(List<Path> sources, String pluginArgument, List<Path> processorPath, Path workDir)
      throws IOException {
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    // The exports and opens Error Prone needs, as this test JVM received them from Surefire's argLine.
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("--add-exports") || argument.startsWith("--add-opens")) {
        command.add("-J" + argument);
      }
    }
    // A short-lived JVM: the quick compiler tier alone starts javac and Error Prone markedly faster.
    command.add("-J-XX:TieredStopAtLevel=1");
    Path classes = Files.createTempDirectory(workDir, "classes");
    command.addAll(List.of(
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-encoding", "UTF-8", "-d", classes.toString(),
        "-classpath", ConformancePaths.joined(ConformancePaths.libraryClasspath()),
        "-processorpath", ConformancePaths.joined(processorPath),
        pluginArgument));
    sources.forEach(source -> command.add(source.toString()));
    Path log = workDir.resolve("javac-" + System.nanoTime() + ".log");
    return new Started(
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
  }
}
