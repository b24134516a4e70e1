package dev.tracelint.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The real-code sweep: runs tracelint's five rules, in Error Prone and in PMD (with and without an auxclasspath), over
 * the sources of real libraries, writes every finding to one sorted TSV file and prints a summary: findings per
 * library, engine and rule, every crash or processing error, the findings on which the engines disagree, and what
 * changed against a baseline file, and per rule how many distinct findings are reviewed true, false or not yet in a
 * verdicts file ({@link SweepReview}). Driven by {@code bench/sweep.sh}, which fetches and prepares the libraries; see
 * bench/README.md.
 *
 * <p>Usage: {@code Sweep --manifest <file> --checks-jar <jar> --engines errorprone,pmd,pmd-notypes --out <file>
 * [--baseline <file>] [--verdicts <file>] [--option <Rule>:<Key>=<value>]...}. Each manifest line describes one library
 * (see {@link SweepLibrary#parse}). Each {@code --option} is a rule option as CONTRIBUTING.md spells it, given to Error
 * Prone as {@code -XepOpt:<Rule>:<Key>=<value>} and to PMD as the rule property {@code <key>} (lowerCamel); entries
 * of the same option are joined with commas, and without any the engines run with the defaults. The checks jar
 * must not be on this JVM's classpath: it reaches javac through {@code -processorpath}, as in a user's build. Exits
 * with 1 when any {@link SweepProblem} occurred (after writing the findings), 2 on a usage error.
 */
public final class Sweep {
  private static final List<String> ENGINES =
      List.of(ErrorProneSweep.ENGINE, PmdSweep.WITH_TYPES, PmdSweep.WITHOUT_TYPES);
  private static final List<String> REQUIRED_OPTIONS = List.of("--manifest", "--checks-jar", "--engines", "--out");
  private static final String SERVICES = "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";
  /** {@code Rule:Key=value}: a rule and an option key as Error Prone spells them (UpperCamel), and any value. */
  private static final Pattern RULE_OPTION = Pattern.compile("(\\w+):([A-Z]\\w*)=(.*)", Pattern.DOTALL);

  public static void main(String[] args) throws Exception {
    Map<String, Map<String, String>> ruleOptions = new TreeMap<>();
    Map<String, String> options = parseOptions(args, ruleOptions);
    List<SweepLibrary> libraries = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(options.get("--manifest")), UTF_8)) {
      libraries.add(SweepLibrary.parse(line));
    }
    List<String> engines = List.of(options.get("--engines").split(","));
    if (!ENGINES.containsAll(engines)) {
      usage("unknown engine in " + engines + "; engines are " + ENGINES);
    }
    Path checksJar = Path.of(options.get("--checks-jar"));
    Set<String> checks = checkNames(checksJar);
    if (checks.isEmpty()) {
      throw new IllegalStateException(checksJar + " lists no check in " + SERVICES);
    }
    Path out = Path.of(options.get("--out"));
    // Read before the run: the output file may be the baseline itself.
    List<Finding> baseline = options.containsKey("--baseline") && Files.exists(Path.of(options.get("--baseline")))
        ? readFindings(Path.of(options.get("--baseline"))) : null;

    System.out.printf(Locale.ROOT, "tracelint sweep: %d libraries, engines %s, checks %s; JDK %s%n",
        libraries.size(), engines, checks, System.getProperty("java.version"));
    if (!ruleOptions.isEmpty()) {
      System.out.println("rule options: " + ruleOptions);
    }
    SweepSummary summary = new SweepSummary(engines);
    ErrorProneSweep errorProne = new ErrorProneSweep(checks, processorPath(checksJar), ruleOptions);
    PmdSweep pmd = new PmdSweep(checks, ruleOptions);
    for (SweepLibrary library : libraries) {
      List<Path> files = library.sourceFiles();
      summary.addLibrary(library, files.size());
      StringBuilder progress = new StringBuilder(String.format(Locale.ROOT, "%-50s %5d files:", library.name(),
          files.size()));
      for (String engine : engines) {
        if (engine.equals(ErrorProneSweep.ENGINE) && !library.compiles()) {
          continue;
        }
        long start = System.nanoTime();
        int findingsBefore = summary.findings().size();
        try {
          if (engine.equals(ErrorProneSweep.ENGINE)) {
            errorProne.run(library, files, summary::addFinding, summary::addProblem);
          } else {
            pmd.run(engine, library, files, summary::addFinding, summary::addProblem);
          }
        } catch (RuntimeException e) {
          summary.addProblem(new SweepProblem(SweepProblem.Kind.ENGINE_FAILURE, engine, library.name(), "",
              StackExcerpt.of(e)));
        }
        summary.recordRun(engine, library.name());
        progress.append(String.format(Locale.ROOT, "  %s %d (%.1f s)", engine,
            summary.findings().size() - findingsBefore, (System.nanoTime() - start) / 1e9));
      }
      System.out.println(progress);
    }

    List<Finding> findings = summary.findings().stream().sorted().toList();
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, findings.stream().map(Finding::toTsv).toList(), UTF_8);
    System.out.println();
    summary.print(System.out, baseline, options.get("--baseline"));
    Path verdicts = options.containsKey("--verdicts") ? Path.of(options.get("--verdicts")) : null;
    SweepReview review = verdicts != null && Files.exists(verdicts) ? SweepReview.read(verdicts) : SweepReview.none();
    review.print(System.out, findings,
        libraries.stream().map(SweepLibrary::name).collect(Collectors.toCollection(TreeSet::new)),
        Path.of(options.get("--manifest")).toAbsolutePath().resolveSibling("unreviewed.tsv"));
    if (engines.contains(ErrorProneSweep.ENGINE)) {
      System.out.printf(Locale.ROOT, "%nError Prone findings that came with a suggested fix: %s%n",
          errorProne.suggestedFixes());
    }
    System.out.printf(Locale.ROOT, "%nFindings written to %s (%d lines).%n", out, findings.size());
    if (!summary.problems().isEmpty()) {
      System.out.printf(Locale.ROOT, "%nSWEEP FAILED: %d problem(s), listed under \"Problems\" above.%n",
          summary.problems().size());
      System.exit(1);
    }
  }

  /**
   * The driver's own options, each with a value; the repeatable {@code --option Rule:Key=value} go into
   * {@code ruleOptions} (rule to key to value, the values of one key joined with commas, as a user extends a list).
   */
  private static Map<String, String> parseOptions(String[] args, Map<String, Map<String, String>> ruleOptions) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--option")) {
        Matcher option = RULE_OPTION.matcher(args[i + 1]);
        if (!option.matches()) {
          usage("--option " + args[i + 1] + ": expected <Rule>:<Key>=<value>, e.g."
              + " UnclosedTrace:StartMethods=com.acme.AgentTracer#beginStep:finishStep");
        }
        ruleOptions.computeIfAbsent(option.group(1), rule -> new TreeMap<>())
            .merge(option.group(2), option.group(3), (first, second) -> first + "," + second);
      } else {
        options.put(args[i], args[i + 1]);
      }
    }
    Set<String> known = new TreeSet<>(REQUIRED_OPTIONS);
    known.add("--baseline");
    known.add("--verdicts");
    if (args.length % 2 != 0 || !options.keySet().containsAll(REQUIRED_OPTIONS)
        || !known.containsAll(options.keySet())) {
      usage("expected --manifest, --checks-jar, --engines, --out and optionally --baseline, --verdicts and --option,"
          + " each with a value");
    }
    return options;
  }

  private static void usage(String problem) {
    System.err.println("Sweep: " + problem);
    System.err.println("usage: Sweep --manifest <file> --checks-jar <jar> --engines errorprone,pmd,pmd-notypes"
        + " --out <file> [--baseline <file>] [--verdicts <file>] [--option <Rule>:<Key>=<value>]...");
    System.exit(2);
  }

  private static List<Finding> readFindings(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, UTF_8)) {
      return lines.filter(line -> !line.isEmpty()).map(Finding::parse).toList();
    }
  }

  /** The checks the jar registers for Error Prone, by simple class name (which is each check's name). */
  private static Set<String> checkNames(Path checksJar) throws IOException {
    try (ZipFile jar = new ZipFile(checksJar.toFile())) {
      if (jar.getEntry(SERVICES) == null) {
        return Set.of();
      }
      try (InputStream in = jar.getInputStream(jar.getEntry(SERVICES))) {
        return new String(in.readAllBytes(), UTF_8).lines()
            .map(line -> line.replaceAll("#.*", "").trim())
            .filter(line -> !line.isEmpty())
            .map(className -> className.substring(className.lastIndexOf('.') + 1))
            .collect(Collectors.toCollection(TreeSet::new));
      }
    }
  }

  /**
   * Error Prone, its dependencies and tracelint's catalogue come from this JVM's classpath; the checks jar is added
   * only here. Entries that are neither jars nor directories (the known-apis POM) are dropped.
   */
  private static String processorPath(Path checksJar) {
    return Stream.concat(
            Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") || Files.isDirectory(Path.of(entry))),
            Stream.of(checksJar.toString()))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
