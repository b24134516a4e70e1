package dev.tracelint.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the sample builds left their output, and how to read markers, Maven logs and findings from it. A finding is
 * {@code path:line Rule}, the path relative to the sample project, so that markers, javac diagnostics, PMD reports
 * and SARIF results compare as plain strings.
 */
final class SampleFiles {
  static final Set<String> RULES = Set.of(
      "UnclosedTrace", "UnboundedRetry", "RetryWithoutBackoff", "FullSecretLogged", "BlockingIngestOnRequestPath",
      "ExitBeforeTraceFlush");

  private static final String MARKER = "tracelint-expect:";
  private static final Pattern JAVAC_DIAGNOSTIC =
      Pattern.compile("^\\[(WARNING|ERROR)\\]\\s+(.+?\\.java):\\[(\\d+),\\d+\\]\\s+\\[(\\w+)\\].*$");
  private static final Pattern PMD_FAILURE = Pattern.compile("PMD Failure: ([\\w.$]+):(\\d+) Rule:(\\w+) ");

  private SampleFiles() {}

  /** The samples module's directory (Surefire runs there). */
  static Path samplesDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
  }

  static Path projectRoot() {
    return samplesDir().getParent();
  }

  /**
   * The copy of {@code name} that invoker:run built. A sample left out with {@code -Dinvoker.test} skips the tests
   * that read it; in the default build every sample runs, so a missing build output is a failure.
   */
  static Path builtSample(String name) {
    String selection = System.getProperty("invoker.test", "");
    if (!selection.isBlank() && !selection.startsWith("${")) {
      assumeTrue(List.of(selection.split(",")).contains(name), name + " was not selected by -Dinvoker.test");
    }
    Path dir = Path.of(System.getProperty("it.projects", samplesDir().resolve("target/it").toString())).resolve(name);
    if (!Files.isRegularFile(dir.resolve("build.log"))) {
      throw new AssertionError("no build of " + name + " under " + dir + ": invoker:run must run before these tests");
    }
    return dir;
  }

  static Path itRepository() {
    return Path.of(System.getProperty("it.repository", samplesDir().resolve("target/local-repo").toString()));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code // tracelint-expect: Rule[, Rule]} markers under {@code sourceDir}, as findings relative to {@code project}. */
  static Set<String> markers(Path project, Path sourceDir) {
    Set<String> expected = new TreeSet<>();
    for (Path file : javaFiles(sourceDir)) {
      List<String> lines = read(file).lines().toList();
      for (int index = 0; index < lines.size(); index++) {
        String line = lines.get(index);
        int marker = line.indexOf(MARKER);
        if (marker >= 0 && line.lastIndexOf("//", marker) >= 0) {
          for (String rule : line.substring(marker + MARKER.length()).trim().split("[,\\s]+")) {
            expected.add(finding(project, file, index + 1, rule));
          }
        }
      }
    }
    return expected;
  }

  static String finding(Path project, Path file, int line, String rule) {
    Path absolute = file.toAbsolutePath().normalize();
    String path = absolute.startsWith(project) ? project.relativize(absolute).toString() : absolute.toString();
    return path.replace('\\', '/') + ":" + line + " " + rule;
  }

  /** One Maven run's output: the log of one invocation of a sample. */
  record Run(int number, String log) {
    boolean succeeded() {
      return log.contains("BUILD SUCCESS");
    }

    /** tracelint's javac diagnostics of the given kind ({@code WARNING} or {@code ERROR}), once each. */
    Set<String> javacFindings(Path project, String kind) {
      Set<String> findings = new TreeSet<>();
      for (String line : log.lines().toList()) {
        Matcher diagnostic = JAVAC_DIAGNOSTIC.matcher(line.strip());
        if (diagnostic.matches() && diagnostic.group(1).equals(kind) && RULES.contains(diagnostic.group(4))) {
          findings.add(finding(project, Path.of(diagnostic.group(2)), Integer.parseInt(diagnostic.group(3)),
              diagnostic.group(4)));
        }
      }
      return findings;
    }

    /**
     * The findings maven-pmd-plugin printed ({@code printFailingErrors}): {@code PMD Failure: pkg.Class:line Rule:X},
     * mapped back to the source file of that class in one of {@code sourceDirs}.
     */
    Set<String> pmdFindings(Path project, List<Path> sourceDirs) {
      Set<String> findings = new TreeSet<>();
      Matcher failure = PMD_FAILURE.matcher(log);
      while (failure.find()) {
        Path file = sourceOf(failure.group(1), sourceDirs);
        if (RULES.contains(failure.group(3))) {
          findings.add(finding(project, file, Integer.parseInt(failure.group(2)), failure.group(3)));
        }
      }
      return findings;
    }
  }

  /** The file that declares a class PMD names: a nested class ({@code pkg.Outer.Inner}) lives in its outer class's file. */
  private static Path sourceOf(String className, List<Path> sourceDirs) {
    String name = className.replace('$', '.');
    while (name.contains(".")) {
      String relative = name.replace('.', '/') + ".java";
      for (Path dir : sourceDirs) {
        if (Files.isRegularFile(dir.resolve(relative))) {
          return dir.resolve(relative);
        }
      }
      name = name.substring(0, name.lastIndexOf('.'));
    }
    throw new AssertionError("no source for " + className + " in " + sourceDirs);
  }

  /** The invocations of one sample, in order, from its build.log (each starts with "Scanning for projects"). */
  static List<Run> runs(Path project) {
    String log = read(project.resolve("build.log"));
    List<Run> runs = new ArrayList<>();
    String[] parts = log.split("(?m)^\\[INFO\\] Scanning for projects\\.\\.\\.$");
    for (int i = 1; i < parts.length; i++) {
      runs.add(new Run(i, parts[i]));
    }
    return runs;
  }
}
