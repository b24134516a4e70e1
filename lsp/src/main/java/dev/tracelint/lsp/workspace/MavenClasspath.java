package dev.tracelint.lsp.workspace;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The auxclasspath of a Maven project, computed in the background: the dependency classpath of every module (test
 * scope, so that test sources resolve too) from {@code maven-dependency-plugin:build-classpath}, and the modules'
 * {@code target/classes} and {@code target/test-classes} where they exist. The rules only resolve types once this is
 * known; until then they run in their no-types mode.
 *
 * <p>In a multi-module project Maven cannot resolve a module that depends on a sibling which is neither installed
 * nor built in the same run; it goes on with the other modules ({@code --fail-at-end}), and the classpath is made of
 * what it resolved plus every module's compiled classes.
 *
 * <p>Maven may take minutes (downloads), so it runs on a thread of its own and never holds up an analysis. A new
 * {@link #refresh()} (the POM changed) stops a run that is still going and starts again.
 */
public final class MavenClasspath implements AutoCloseable {
  /** Pinned so that the result does not depend on the project's plugin versions or Maven's defaults. */
  static final String BUILD_CLASSPATH_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";

  /** Written by Maven into each module's {@code target/}; relative paths of the plugin resolve per module. */
  static final String OUTPUT_FILE = "target/tracelint-classpath.txt";

  private static final long TIMEOUT_MINUTES = 15;
  private static final int MODULE_DEPTH = 6;
  /** Build output and tool folders can hold copies of POMs that are not modules. */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", ".git", ".mvn");

  private final Path root;
  private final Consumer<String> onReady;
  private final Consumer<String> log;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "tracelint-maven-classpath");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong generation = new AtomicLong();
  private final AtomicReference<Process> running = new AtomicReference<>();

  /**
   * For the project at {@code root} (the directory of its top-level {@code pom.xml}); {@code onReady} receives each
   * computed classpath, {@code log} progress and failures. Both are called on the background thread.
   */
  public MavenClasspath(Path root, Consumer<String> onReady, Consumer<String> log) {
    this.root = root;
    this.onReady = onReady;
    this.log = log;
  }

  /** Whether {@code directory} is the root of a Maven project. */
  public static boolean isMavenProject(Path directory) {
    return Files.isRegularFile(directory.resolve("pom.xml"));
  }

  /** Computes the classpath again in the background, abandoning a computation still in progress. */
  public void refresh() {
    long current = generation.incrementAndGet();
    Process previous = running.get();
    if (previous != null) {
      previous.destroy();
    }
    // compute() reports its own failures and a newer generation supersedes it: nothing waits for this run.
    var unused = worker.submit(() -> compute(current));
  }

  private void compute(long current) {
    if (current != generation.get()) {
      return;
    }
    Path output = null;
    try {
      output = Files.createTempFile("tracelint-maven", ".log");
      for (Path module : modules()) {
        Files.deleteIfExists(module.resolve(OUTPUT_FILE)); // a module Maven fails on must not keep an old list
      }
      List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-q", "--fail-at-end",
          BUILD_CLASSPATH_GOAL, "-Dmdep.outputFile=" + OUTPUT_FILE, "-Dmdep.includeScope=test"));
      log.accept("tracelint: computing the Maven classpath: " + String.join(" ", command));
      Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
          .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
      running.set(process);
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        log.accept("tracelint: Maven did not finish within " + TIMEOUT_MINUTES + " minutes; types stay unresolved");
        return;
      }
      if (current != generation.get()) {
        return;
      }
      boolean resolvedSome = modules().stream().anyMatch(module -> Files.exists(module.resolve(OUTPUT_FILE)));
      if (process.exitValue() != 0 && !resolvedSome) {
        log.accept("tracelint: Maven failed (exit " + process.exitValue() + "); types stay unresolved:\n"
            + tail(output));
        return;
      }
      if (process.exitValue() != 0) {
        log.accept("tracelint: Maven could not resolve every module (exit " + process.exitValue()
            + "); types come from the modules it resolved and the compiled classes:\n" + tail(output));
      }
      String classpath = collect();
      log.accept("tracelint: Maven classpath ready ("
          + (classpath.isEmpty() ? 0 : classpath.split(File.pathSeparator).length) + " entries)");
      onReady.accept(classpath);
    } catch (IOException | UncheckedIOException e) {
      log.accept("tracelint: cannot run Maven (" + e.getMessage() + "); types stay unresolved");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running.set(null);
      deleteQuietly(output);
    }
  }

  /** Every module's class directories, then the dependency classpaths, joined with the path separator. */
  String collect() throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    List<Path> modules = modules();
    for (Path module : modules) {
      for (Path classes : List.of(module.resolve("target/classes"), module.resolve("target/test-classes"))) {
        if (Files.isDirectory(classes)) {
          entries.add(classes.toString());
        }
      }
    }
    for (Path module : modules) {
      Path file = module.resolve(OUTPUT_FILE);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (String entry : Files.readString(file, StandardCharsets.UTF_8).trim().split(File.pathSeparator, -1)) {
        // PMD refuses a classpath that names a missing file, which would stop every analysis
        if (!entry.isBlank() && Files.exists(Path.of(entry.trim()))) {
          entries.add(entry.trim());
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The directories under the root that hold a {@code pom.xml}, the root first; build output is not searched. */
  private List<Path> modules() throws IOException {
    try (Stream<Path> files = Files.walk(root, MODULE_DEPTH)) {
      return files
          .filter(file -> file.getFileName().toString().equals("pom.xml"))
          .map(Path::getParent)
          .filter(module -> isSearched(root.relativize(module)))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static boolean isSearched(Path relativeDirectory) {
    for (Path part : relativeDirectory) {
      if (SKIPPED_DIRECTORIES.contains(part.toString())) {
        return false;
      }
    }
    return true;
  }

  private String mavenExecutable() {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    Path wrapper = root.resolve(windows ? "mvnw.cmd" : "mvnw");
    if (Files.isExecutable(wrapper)) {
      return wrapper.toString();
    }
    return windows ? "mvn.cmd" : "mvn";
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String tail(Path output) throws IOException {
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind is harmless
      }
    }
  }

  /** Stops a running Maven and the background thread. */
  @Override
  public void close() {
    generation.incrementAndGet();
    Process process = running.get();
    if (process != null) {
      process.destroy();
    }
    worker.shutdownNow();
  }
}
