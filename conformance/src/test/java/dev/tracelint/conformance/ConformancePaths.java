package dev.tracelint.conformance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Where the sources under test and the jars the engines need are, seen from the test JVM. The classpath is Surefire's
 * test classpath: third-party entries (the known-apis libraries, Error Prone, PMD) are what a user's build also has;
 * entries under the project root are tracelint's own build output (checks, rules, catalog, these tests).
 */
final class ConformancePaths {
  private ConformancePaths() {}

  /** The conformance module's directory (Surefire runs tests there and sets {@code basedir}). */
  static Path moduleDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
  }

  static Path projectRoot() {
    return moduleDir().getParent();
  }

  /** {@code src/test/resources/corpus}: the sources, not their copy under target, so messages name files to edit. */
  static Path corpusDir() {
    return moduleDir().resolve("src/test/resources/corpus");
  }

  static Path modernSyntaxDir() {
    return moduleDir().resolve("src/test/resources/modern-syntax");
  }

  static Path samplesSourceDir() {
    return projectRoot().resolve("samples/agent-app/src/main/java");
  }

  /** A path as messages show it: relative to the project root when inside it. */
  static String display(Path file) {
    Path root = projectRoot();
    return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
  }

  /**
   * The test classpath as Surefire computed it (with a manifest-only booter jar {@code java.class.path} is just the
   * booter), existing entries only.
   */
  static List<Path> testClasspath() {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> entries = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        Path path = Path.of(entry).toAbsolutePath().normalize();
        if (Files.exists(path) && !entries.contains(path)) {
          entries.add(path);
        }
      }
    }
    return entries;
  }

  /**
   * What a user's code compiles against here: every third-party jar of the test classpath (the known-apis libraries and,
   * harmlessly, the engines' own jars), without tracelint's build output.
   */
  static List<Path> libraryClasspath() {
    Path root = projectRoot();
    return testClasspath().stream().filter(entry -> !entry.startsWith(root)).toList();
  }

  /** The build output (directory or jar) that holds tracelint's Error Prone checks, if this build has any. */
  static Optional<Path> checksEntry() {
    return projectEntryHolding("dev/tracelint/checks/");
  }

  /** The build output that holds the catalogue, a runtime dependency of the checks. */
  static Optional<Path> catalogEntry() {
    return projectEntryHolding("dev/tracelint/catalog/");
  }

  /** The build output that holds the analysis core, a runtime dependency of the checks. */
  static Optional<Path> analysisEntry() {
    return projectEntryHolding("dev/tracelint/analysis/");
  }

  /**
   * The annotation-processor path of a user's build that enables the pack: Error Prone with its dependencies, the
   * checks, the analysis core and the catalogue. javac loads plugins and their checks only from here.
   */
  static List<Path> processorPath(boolean withChecks) {
    List<Path> path = new ArrayList<>(libraryClasspath());
    catalogEntry().ifPresent(path::add);
    analysisEntry().ifPresent(path::add);
    if (withChecks) {
      checksEntry().ifPresent(path::add);
    }
    return path;
  }

  static String joined(List<Path> entries) {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  private static Optional<Path> projectEntryHolding(String packageDir) {
    Path root = projectRoot();
    return testClasspath().stream()
        .filter(entry -> entry.startsWith(root))
        .filter(entry -> holds(entry, packageDir))
        .findFirst();
  }

  private static boolean holds(Path entry, String packageDir) {
    if (Files.isDirectory(entry)) {
      Path dir = entry.resolve(packageDir);
      if (!Files.isDirectory(dir)) {
        return false;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        return files.anyMatch(file -> file.toString().endsWith(".class"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (ZipFile jar = new ZipFile(entry.toFile())) {
      return jar.stream().anyMatch(zipEntry -> zipEntry.getName().startsWith(packageDir)
          && zipEntry.getName().endsWith(".class"));
    } catch (IOException e) {
      return false;
    }
  }
}
