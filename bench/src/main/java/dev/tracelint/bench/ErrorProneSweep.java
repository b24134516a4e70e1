package dev.tracelint.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles one library with javac + Error Prone, tracelint's checks only, and collects their diagnostics. */
final class ErrorProneSweep {
  static final String ENGINE = "errorprone";

  /** How Error Prone 2.42.0 reports an exception thrown by a check: as an error diagnostic with the stack inside. */
  private static final String CHECK_CRASH = "An unhandled exception was thrown by the Error Prone";
  private static final Pattern CRASHED_CHECK = Pattern.compile("BugPattern: (\\w+)");
  /** A finding's message is "[Check] text", then Error Prone's "(see link)" on a line of its own. */
  private static final Pattern FINDING = Pattern.compile("\\[(\\w+)\\] ([^\\n]*)");
  private static final int COMPILE_ERRORS_SHOWN = 5;

  /** Error Prone renders a suggested fix below the finding's link, as "Did you mean ..." lines. */
  private static final String SUGGESTED_FIX = "Did you mean";

  private final Set<String> checks;
  private final String processorPath;
  /** {@code -XepOpt} flags, in the one {@code -Xplugin} argument as a user writes them: empty for the defaults. */
  private final String ruleOptionFlags;
  private final Map<String, int[]> findingsAndFixesByCheck = new TreeMap<>();

  /**
   * @param checks the tracelint checks to enable, by name
   * @param processorPath Error Prone and tracelint's checks: plugins load from the processor path only
   * @param ruleOptions rule to option key (UpperCamel) to value, passed as {@code -XepOpt:Rule:Key=value}
   */
  ErrorProneSweep(Set<String> checks, String processorPath, Map<String, Map<String, String>> ruleOptions) {
    this.checks = checks;
    this.processorPath = processorPath;
    this.ruleOptionFlags = ruleOptions.entrySet().stream()
        .flatMap(rule -> rule.getValue().entrySet().stream()
            .map(option -> " -XepOpt:" + rule.getKey() + ":" + option.getKey() + "=" + option.getValue()))
        .collect(Collectors.joining());
  }

  void run(SweepLibrary library, List<Path> files, Consumer<Finding> findings, Consumer<SweepProblem> problems) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = createTempDirectory();
    String plugin = "-Xplugin:ErrorProne -XepDisableAllChecks"
        + checks.stream().map(check -> " -Xep:" + check + ":WARN").collect(Collectors.joining()) + ruleOptionFlags;
    List<String> options = List.of(
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        // Error Prone runs at the end of FLOW: stopping there skips code generation, which the sweep does not need.
        "--should-stop=ifNoError=FLOW",
        // The sources are compiled against the library's own jar, which already holds what its processors generated.
        "-proc:none",
        "-encoding", "UTF-8", "-Xmaxwarns", "1000000", "-d", classes.toString(),
        "-classpath", library.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
        "-processorpath", processorPath,
        plugin);
    boolean compiled = true;
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      compiled = javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      // javac's "An exception has occurred in the compiler": through the API it is thrown, not printed.
      problems.accept(new SweepProblem(SweepProblem.Kind.CRASH, ENGINE, library.name(), "",
          "javac threw " + StackExcerpt.of(e)));
    } finally {
      deleteRecursively(classes);
    }

    List<String> compileErrors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      String file = diagnostic.getSource() == null ? ""
          : library.relativePath(Path.of(diagnostic.getSource().toUri()));
      String where = file.isEmpty() ? "" : file + ":" + diagnostic.getLineNumber();
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        if (message.contains(CHECK_CRASH)) {
          Matcher check = CRASHED_CHECK.matcher(message);
          int stack = message.indexOf("Stack Trace:");
          problems.accept(new SweepProblem(SweepProblem.Kind.CRASH, ENGINE, library.name(), where,
              (check.find() ? check.group(1) : "a check") + " threw\n"
                  + StackExcerpt.of(stack < 0 ? message : message.substring(stack))));
        } else {
          compileErrors.add(where + ": " + message.lines().findFirst().orElse(""));
        }
        continue;
      }
      Matcher finding = FINDING.matcher(message);
      if (finding.lookingAt() && checks.contains(finding.group(1))) {
        findings.accept(new Finding(ENGINE, library.name(), file, (int) diagnostic.getLineNumber(),
            finding.group(1), finding.group(2)));
        int[] findingsAndFixes = findingsAndFixesByCheck.computeIfAbsent(finding.group(1), check -> new int[2]);
        findingsAndFixes[0]++;
        if (message.contains(SUGGESTED_FIX)) {
          findingsAndFixes[1]++;
        }
      }
    }
    boolean reportedAnError = diagnostics.getDiagnostics().stream()
        .anyMatch(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR);
    if (!compiled && !reportedAnError) {
      // javac prints "An exception has occurred in the compiler" itself when Error Prone fails to start (a JVM
      // without the compiler's packages opened) and returns false with no diagnostic: no findings, yet no error.
      problems.accept(new SweepProblem(SweepProblem.Kind.CRASH, ENGINE, library.name(), "",
          "javac failed without a diagnostic: Error Prone did not run (see the compiler's own output above)"));
    }
    if (!compileErrors.isEmpty()) {
      problems.accept(new SweepProblem(SweepProblem.Kind.COMPILE_FAILURE, ENGINE, library.name(), "",
          compileErrors.size() + " error(s), Error Prone did not analyse this library; first: "
              + String.join("; ", compileErrors.subList(0, Math.min(COMPILE_ERRORS_SHOWN, compileErrors.size())))));
    }
  }

  /** "UnclosedTrace 2 of 3, ..." over every library run so far: the findings that came with a suggested fix. */
  String suggestedFixes() {
    return findingsAndFixesByCheck.isEmpty() ? "no finding" : findingsAndFixesByCheck.entrySet().stream()
        .map(check -> check.getKey() + " " + check.getValue()[1] + " of " + check.getValue()[0])
        .collect(Collectors.joining(", "));
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("tracelint-sweep");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // A leftover empty temporary directory does not affect the sweep.
    }
  }
}
