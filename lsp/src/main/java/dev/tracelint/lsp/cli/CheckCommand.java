package dev.tracelint.lsp.cli;

import dev.tracelint.lsp.engine.ConfiguredRules;
import dev.tracelint.lsp.engine.Finding;
import dev.tracelint.lsp.engine.PmdRunner;
import dev.tracelint.lsp.engine.RuleConfiguration;
import dev.tracelint.lsp.engine.SourceResult;
import dev.tracelint.lsp.engine.SourceText;
import dev.tracelint.lsp.workspace.TracelintProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code check <paths> [--aux-classpath CP] [--format text|sarif] [--ruleset R] [--report-file F]}: analyses the Java
 * files under {@code paths} once, with the same rules, options and token positions as the language server, and
 * reports in the terminal's text format or as SARIF. Exit codes follow PMD's command line: 0 no finding, 4 findings, 5
 * no finding but files that could not be analysed, 2 a usage or configuration error.
 */
public final class CheckCommand {
  /** Nothing found, everything analysed. */
  public static final int CLEAN = 0;
  /** A bad argument or a configuration problem (a ruleset or option that does not load): nothing was analysed. */
  public static final int USAGE_ERROR = 2;
  /** At least one finding. */
  public static final int FINDINGS = 4;
  /** No finding, but some files could not be analysed (e.g. they do not parse). */
  public static final int NOT_ANALYSED = 5;

  static final String HELP = String.join("\n",
      "usage: java -jar tracelint-lsp.jar check <paths>... [options]",
      "  <paths>                  Java files and folders (searched for *.java)",
      "  --aux-classpath <cp>     compiled classes and dependencies, for type resolution ("
          + System.getProperty("path.separator") + "-separated)",
      "  --format text|sarif      report format (default text)",
      "  --ruleset <file>         a ruleset that references rulesets/tracelint.xml (default: tracelint's own)",
      "  --report-file <file>     write the report there instead of standard output",
      "Options are read from tracelint.properties in the working directory when it exists.",
      "Exit codes: 0 no finding, 4 findings, 5 files not analysed, 2 usage or configuration error.");

  private final PrintStream out;
  private final PrintStream err;

  public CheckCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command with {@code args} (those after {@code check}) and returns the exit code. */
  public int run(String[] args) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("tracelint: " + e.getMessage());
      err.println(HELP);
      return USAGE_ERROR;
    }
    if (arguments.help()) {
      out.println(HELP);
      return CLEAN;
    }
    Path workingDirectory = Path.of("").toAbsolutePath();
    RuleConfiguration configuration = TracelintProperties.read(workingDirectory);
    if (arguments.ruleset().isPresent()) {
      configuration = configuration.overriddenBy(
          new RuleConfiguration(arguments.ruleset(), Map.of(), List.of()));
    }
    ConfiguredRules rules = ConfiguredRules.load(configuration, workingDirectory);
    if (!rules.problems().isEmpty()) {
      rules.problems().forEach(err::println);
      return USAGE_ERROR;
    }
    List<SourceText> sources;
    try {
      sources = readSources(arguments.paths());
    } catch (IOException | UncheckedIOException e) {
      err.println("tracelint: cannot read the sources: " + e.getMessage());
      return USAGE_ERROR;
    }
    Map<String, SourceResult> results = new PmdRunner(Runtime.getRuntime().availableProcessors(), err::println)
        .analyze(sources, rules.ruleSet(), arguments.auxClasspath());

    String report = arguments.sarif()
        ? SarifReport.toJson(rules.descriptions(), results, version())
        : textReport(results);
    try {
      if (arguments.reportFile().isPresent()) {
        Files.writeString(arguments.reportFile().get(), report, StandardCharsets.UTF_8);
      } else {
        out.print(report);
        out.flush();
      }
    } catch (IOException e) {
      err.println("tracelint: cannot write the report: " + e.getMessage());
      return USAGE_ERROR;
    }
    return summarise(results);
  }

  private int summarise(Map<String, SourceResult> results) {
    long findings = results.values().stream().mapToLong(result -> result.findings().size()).sum();
    List<String> notAnalysed = new ArrayList<>();
    results.forEach((path, result) -> {
      if (!result.parsed()) {
        notAnalysed.add(path);
      }
      result.errors().forEach(error -> err.println("tracelint: " + path + ": " + error));
    });
    err.printf("tracelint: %d finding%s in %d file%s%s%n", findings, findings == 1 ? "" : "s", results.size(),
        results.size() == 1 ? "" : "s", notAnalysed.isEmpty() ? "" : "; not analysed: " + notAnalysed.size());
    if (findings > 0) {
      return FINDINGS;
    }
    return notAnalysed.isEmpty() ? CLEAN : NOT_ANALYSED;
  }

  /** One line per finding, {@code path:line:column: warning: [Rule] message}, as compilers print them. */
  private static String textReport(Map<String, SourceResult> results) {
    StringBuilder report = new StringBuilder();
    results.forEach((path, result) -> {
      for (Finding finding : result.findings()) {
        report.append(path).append(':').append(finding.line()).append(':').append(finding.column()).append(": ")
            .append(finding.severity().name().toLowerCase(Locale.ROOT)).append(": [")
            .append(finding.ruleName()).append("] ").append(finding.message()).append('\n');
      }
    });
    return report.toString();
  }

  private static List<SourceText> readSources(List<Path> paths) throws IOException {
    TreeSet<Path> files = new TreeSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> found = Files.walk(path)) {
          found.filter(file -> Files.isRegularFile(file) && file.toString().endsWith(".java")).forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new IOException("no such file or folder: " + path);
      }
    }
    List<SourceText> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(new SourceText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
    return sources;
  }

  private static String version() {
    String version = CheckCommand.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** The command's parsed arguments. */
  record Arguments(List<Path> paths, String auxClasspath, boolean sarif, Optional<String> ruleset,
      Optional<Path> reportFile, boolean help) {

    static Arguments parse(String[] args) {
      List<Path> paths = new ArrayList<>();
      String auxClasspath = "";
      boolean sarif = false;
      Optional<String> ruleset = Optional.empty();
      Optional<Path> reportFile = Optional.empty();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> {
            return new Arguments(paths, auxClasspath, sarif, ruleset, reportFile, true);
          }
          case "--aux-classpath" -> auxClasspath = value(args, ++i, arg);
          case "--ruleset" -> ruleset = Optional.of(value(args, ++i, arg));
          case "--report-file" -> reportFile = Optional.of(Path.of(value(args, ++i, arg)));
          case "--format" -> {
            String format = value(args, ++i, arg);
            if (!format.equals("text") && !format.equals("sarif")) {
              throw new IllegalArgumentException("--format must be text or sarif, not '" + format + "'");
            }
            sarif = format.equals("sarif");
          }
          default -> {
            if (arg.startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            paths.add(Path.of(arg));
          }
        }
      }
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("no path to check");
      }
      return new Arguments(paths, auxClasspath, sarif, ruleset, reportFile, false);
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }
  }
}
