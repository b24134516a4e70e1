package dev.tracelint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One swept library, as {@code bench/sweep.sh} prepared it: its unpacked sources jar, the classpath it was built
 * against, whether Error Prone runs on it, and the files no engine analyses.
 *
 * @param name {@code artifactId-version}
 * @param compiles whether javac compiles the library against {@code classpath}: only then does Error Prone run
 * @param skippedFiles paths inside the sources jar that cannot compile on this JDK, left out for every engine so
 *     that the engines are compared on the same files
 */
record SweepLibrary(String name, Path sourceDir, List<Path> classpath, boolean compiles, Set<String> skippedFiles) {

  /**
   * Reads one manifest line: {@code name, source dir, classpath file (one colon-separated line), yes|no, skipped
   * files (comma-separated, or -)}, tab-separated.
   */
  static SweepLibrary parse(String manifestLine) throws IOException {
    String[] fields = manifestLine.split("\t", -1);
    if (fields.length != 5) {
      throw new IllegalArgumentException("not a manifest line (5 tab-separated fields expected): " + manifestLine);
    }
    // A dependency of <type>pom</type> (jedis declares junixsocket-core so) appears in build-classpath's output as
    // the POM file itself: it holds no classes, and PMD's auxclasspath loader fails on it as on a broken jar.
    List<Path> classpath = Arrays.stream(Files.readString(Path.of(fields[2])).trim().split(":"))
        .filter(entry -> !entry.isEmpty() && !entry.endsWith(".pom"))
        .map(Path::of)
        .toList();
    Set<String> skipped = fields[4].equals("-") ? Set.of() : Set.of(fields[4].split(","));
    Path sourceDir = Path.of(fields[1]).toAbsolutePath().normalize();
    return new SweepLibrary(fields[0], sourceDir, classpath, fields[3].equals("yes"), skipped);
  }

  /** The Java files to analyse, sorted: every {@code .java} file but {@code module-info.java} and the skipped ones. */
  List<Path> sourceFiles() throws IOException {
    try (Stream<Path> files = Files.walk(sourceDir)) {
      List<String> missing = skippedFiles.stream()
          .filter(file -> !Files.isRegularFile(sourceDir.resolve(file))).sorted().toList();
      if (!missing.isEmpty()) {
        // A stale skip list would hide nothing but mislead the reader: refuse it.
        throw new IllegalStateException(name + ": skipped files not in the sources jar: " + missing);
      }
      return files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals("module-info.java"))
          .filter(file -> !skippedFiles.contains(relativePath(file)))
          .sorted()
          .toList();
    }
  }

  /** A file's path inside the sources jar, with forward slashes, e.g. {@code brave/Tracer.java}. */
  String relativePath(Path file) {
    return sourceDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
