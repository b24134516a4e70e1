package dev.tracelint.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac compilation with Error Prone as a user's build runs it: the plugin and tracelint's checks on the
 * annotation-processor path, every {@code -Xep} flag in the single {@code -Xplugin:ErrorProne} argument, real source
 * files (Error Prone 2.42 crashes on in-memory ones when its default checks run) and the libraries on the classpath.
 */
final class ErrorProneRun {

  /** The text of Error Prone's diagnostic when a check throws; a check must never produce it. */
  static final String CRASH_TEXT = "An unhandled exception was thrown by the Error Prone static analysis plugin";

  private static final Pattern CHECK_PREFIX = Pattern.compile("^\\[([A-Za-z0-9_]+)\\]");

  private final Compilation compilation;
  private final Set<String> checks;

  private ErrorProneRun(Compilation compilation, Set<String> checks) {
    this.compilation = compilation;
    this.checks = checks;
  }

  /** Compiles {@code sources} with only {@code checks} enabled, at {@code severity} (WARN or ERROR). */
  static ErrorProneRun compile(Collection<Path> sources, Set<String> checks, String severity, List<String> flags) {
    List<String> pluginArgument = new ArrayList<>(List.of("-Xplugin:ErrorProne", "-XepDisableAllChecks"));
    checks.forEach(check -> pluginArgument.add("-Xep:" + check + ":" + severity));
    pluginArgument.addAll(flags);
    return compileWithPluginArgument(
        sources, checks, String.join(" ", pluginArgument), ConformancePaths.processorPath(true));
  }

  /**
   * Compiles with a hand-written {@code -Xplugin:ErrorProne ...} argument and processor path, for tests of how the
   * plugin is configured; {@code checks} are the names whose {@code [Name]} diagnostics count as findings.
   */
  static ErrorProneRun compileWithPluginArgument(
      Collection<Path> sources, Set<String> checks, String pluginArgument, List<Path> processorPath) {
    List<String> options = List.of(
        "-XDcompilePolicy=simple",
        "--should-stop=ifError=FLOW",
        "-encoding", "UTF-8",
        // javac stops printing after 100 warnings by default: a big corpus would lose findings silently.
        "-Xmaxwarns", "1000000",
        "-Xmaxerrs", "1000000",
        "-processorpath", ConformancePaths.joined(processorPath),
        pluginArgument);
    Compilation compilation = Compiler.javac()
        .withOptions(options)
        .withClasspath(ConformancePaths.libraryClasspath().stream().map(Path::toFile).toList())
        .compile(fileObjects(sources));
    return new ErrorProneRun(compilation, Set.copyOf(checks));
  }

  private static List<JavaFileObject> fileObjects(Collection<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      List<JavaFileObject> objects = new ArrayList<>();
      files.getJavaFileObjectsFromPaths(sources).forEach(objects::add);
      return objects;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean succeeded() {
    return compilation.status() == Compilation.Status.SUCCESS;
  }

  List<Diagnostic<? extends JavaFileObject>> diagnostics() {
    return compilation.diagnostics();
  }

  /** The (file, line, rule) of every diagnostic of an enabled check. */
  Set<Finding> findings() {
    Set<Finding> findings = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String rule = checkName(diagnostic);
      if (rule != null && checks.contains(rule) && diagnostic.getSource() != null) {
        findings.add(new Finding(Path.of(diagnostic.getSource().toUri()), (int) diagnostic.getLineNumber(), rule));
      }
    }
    return findings;
  }

  /** The message of every diagnostic of an enabled check, by (file, line, rule). */
  Map<Finding, List<String>> messages() {
    Map<Finding, List<String>> messages = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String rule = checkName(diagnostic);
      if (rule != null && checks.contains(rule) && diagnostic.getSource() != null) {
        Finding finding = new Finding(Path.of(diagnostic.getSource().toUri()), (int) diagnostic.getLineNumber(), rule);
        messages.computeIfAbsent(finding, key -> new ArrayList<>()).add(diagnostic.getMessage(Locale.ROOT));
      }
    }
    return messages;
  }

  /** Errors (compile errors, configuration errors, errors of checks enabled at ERROR), printed as javac prints them. */
  List<String> errors() {
    return compilation.errors().stream().map(ErrorProneRun::describe).toList();
  }

  /** Diagnostics telling that a check threw. */
  List<String> crashes() {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getMessage(Locale.ROOT).contains(CRASH_TEXT))
        .map(ErrorProneRun::describe)
        .toList();
  }

  String describeAll() {
    return compilation.diagnostics().stream().map(ErrorProneRun::describe).collect(Collectors.joining("\n"));
  }

  static String checkName(Diagnostic<?> diagnostic) {
    Matcher matcher = CHECK_PREFIX.matcher(diagnostic.getMessage(Locale.ROOT));
    return matcher.find() ? matcher.group(1) : null;
  }

  static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String where = diagnostic.getSource() == null
        ? "<no file>"
        : ConformancePaths.display(Path.of(diagnostic.getSource().toUri())) + ":" + diagnostic.getLineNumber();
    return diagnostic.getKind() + " " + where + ": " + diagnostic.getMessage(Locale.ROOT);
  }
}
