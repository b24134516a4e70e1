package dev.tracelint.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.reporting.Report;

/**
 * Measures the pack's cost as a ratio against the same engine without it, on the same sources in one JVM (so that JVM
 * start-up does not dominate): javac + Error Prone's default checks versus the same plus tracelint's checks, and PMD
 * with a baseline ruleset versus the same plus tracelint's ruleset, and tracelint's ruleset alone. Variants alternate
 * within each repetition; a warm-up round is discarded; medians of wall and process CPU time are printed.
 *
 * <p>Usage: {@code PackCost <sources dir> <tracelint-checks jar> [repetitions] [errorprone,pmd]}. The checks jar must not be on this
 * JVM's classpath: it reaches javac only through {@code -processorpath}, so that the baseline cannot load it.
 */
public final class PackCost {
  private static final String SERVICES = "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";
  private static final String PMD_BASELINE = "rulesets/java/quickstart.xml";
  private static final String PMD_TRACELINT = "rulesets/tracelint.xml";

  private final List<Path> sources;
  private final Path checksJar;
  private final List<String> checkNames;
  /** This JVM's classpath minus what is not a jar or a directory (the known-apis POM is listed as a file). */
  private final String classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
      .filter(entry -> entry.endsWith(".jar") || Files.isDirectory(Path.of(entry)))
      .collect(Collectors.joining(File.pathSeparator));

  private PackCost(List<Path> sources, Path checksJar, List<String> checkNames) {
    this.sources = sources;
    this.checksJar = checksJar;
    this.checkNames = checkNames;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: PackCost <sources dir> <tracelint-checks jar> [repetitions] [errorprone,pmd]");
      System.exit(2);
    }
    Path sourceDir = Path.of(args[0]);
    Path checksJar = Path.of(args[1]);
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    String engines = args.length > 3 ? args[3] : "errorprone,pmd";
    List<Path> sources;
    try (Stream<Path> files = Files.walk(sourceDir)) {
      sources = files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals("module-info.java"))
          .sorted().toList();
    }
    PackCost bench = new PackCost(sources, checksJar, checkNames(checksJar));
    System.out.printf(Locale.ROOT, "sources: %d files under %s; tracelint checks: %s; %d CPUs; JDK %s%n",
        sources.size(), sourceDir, bench.checkNames, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));

    if (engines.contains("errorprone")) {
      Map<String, Supplier<String>> errorProne = new LinkedHashMap<>();
      errorProne.put("javac + Error Prone (default checks)", () -> bench.compile(false));
      errorProne.put("javac + Error Prone + tracelint", () -> bench.compile(true));
      bench.measure("Error Prone", errorProne, repetitions,
          "javac + Error Prone + tracelint", "javac + Error Prone (default checks)");
    }
    if (engines.contains("pmd")) {
      Map<String, Supplier<String>> pmd = new LinkedHashMap<>();
      pmd.put("PMD quickstart", () -> bench.pmd(List.of(PMD_BASELINE)));
      pmd.put("PMD quickstart + tracelint", () -> bench.pmd(List.of(PMD_BASELINE, PMD_TRACELINT)));
      pmd.put("PMD tracelint alone", () -> bench.pmd(List.of(PMD_TRACELINT)));
      bench.measure("PMD (with auxclasspath)", pmd, repetitions, "PMD quickstart + tracelint", "PMD quickstart");
    }
  }

  private void measure(String engine, Map<String, Supplier<String>> variants, int repetitions, String withPack,
      String baseline) {
    Map<String, List<long[]>> samples = new LinkedHashMap<>();
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (int round = -1; round < repetitions; round++) {
      List<Map.Entry<String, Supplier<String>>> order = new ArrayList<>(variants.entrySet());
      if (round % 2 != 0) {
        // Every other round runs the variants in reverse order, so that none always runs right after another.
        Collections.reverse(order);
      }
      for (Map.Entry<String, Supplier<String>> variant : order) {
        System.gc();
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        String outcome = variant.getValue().get();
        long wall = System.nanoTime() - wallBefore;
        long cpu = processCpuNanos() - cpuBefore;
        if (round >= 0) {
          samples.computeIfAbsent(variant.getKey(), key -> new ArrayList<>()).add(new long[] {wall, cpu});
        }
        outcomes.put(variant.getKey(), outcome);
        System.out.printf(Locale.ROOT, "  %s %s: %.2f s wall, %.2f s CPU%n", round < 0 ? "warm-up" : "run " + round,
            variant.getKey(), wall / 1e9, cpu / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "%n%s, median of %d (after one warm-up round):%n", engine, repetitions);
    System.out.println("| variant | wall (s) | CPU (s) | outcome |");
    System.out.println("|---|---|---|---|");
    for (String variant : variants.keySet()) {
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", variant, median(samples.get(variant), 0) / 1e9,
          median(samples.get(variant), 1) / 1e9, outcomes.get(variant));
    }
    System.out.printf(Locale.ROOT, "ratio %s / %s: wall %.3f, CPU %.3f%n", withPack, baseline,
        median(samples.get(withPack), 0) / median(samples.get(baseline), 0),
        median(samples.get(withPack), 1) / median(samples.get(baseline), 1));
    System.out.printf(Locale.ROOT, "ratio per round (same round, one after the other): CPU median %s%n%n",
        pairwiseRatios(samples.get(withPack), samples.get(baseline), 1));
  }

  /** "1.03 (0.95 to 1.12)": the median and range of the per-round ratios, which the JIT's settling affects less. */
  private static String pairwiseRatios(List<long[]> withPack, List<long[]> baseline, int index) {
    List<long[]> ratios = new ArrayList<>();
    for (int round = 0; round < withPack.size(); round++) {
      ratios.add(new long[] {Math.round(1e6 * withPack.get(round)[index] / baseline.get(round)[index])});
    }
    List<Long> sorted = ratios.stream().map(ratio -> ratio[0]).sorted().toList();
    return String.format(Locale.ROOT, "%.3f (%.3f to %.3f)", median(ratios, 0) / 1e6, sorted.get(0) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6);
  }

  /** One javac + Error Prone compilation; returns how many diagnostics tracelint's checks produced. */
  private String compile(boolean withPack) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out;
    try {
      out = Files.createTempDirectory("tracelint-bench");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder plugin = new StringBuilder("-Xplugin:ErrorProne");
    String processorPath = classpath;
    if (withPack) {
      processorPath = classpath + File.pathSeparator + checksJar;
      checkNames.forEach(name -> plugin.append(" -Xep:").append(name).append(":WARN"));
    }
    List<String> options = List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-encoding", "UTF-8",
        "-Xmaxwarns", "1000000", "-d", out.toString(), "-classpath", classpath, "-processorpath", processorPath,
        plugin.toString());
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      if (!ok) {
        throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(5).map(d -> d.getMessage(Locale.ROOT)).toList());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      deleteRecursively(out);
    }
    Map<String, Integer> byCheck = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      for (String name : checkNames) {
        if (message.startsWith("[" + name + "]")) {
          byCheck.merge(name, 1, Integer::sum);
        }
      }
    }
    return diagnostics.getDiagnostics().size() + " diagnostics; tracelint " + byCheck;
  }

  /** One PMD analysis with the libraries as auxclasspath; returns the violation count per tracelint rule. */
  private String pmd(List<String> rulesets) {
    PMDConfiguration config = new PMDConfiguration();
    config.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    config.setIgnoreIncrementalAnalysis(true);
    config.setAuxClasspath(classpath);
    rulesets.forEach(config::addRuleSet);
    try (PmdAnalysis analysis = PmdAnalysis.create(config)) {
      // A ruleset that fails to load is only logged: refuse to time an analysis that runs fewer rulesets than asked.
      if (analysis.getRulesets().size() != rulesets.size()
          || analysis.getRulesets().stream().anyMatch(ruleSet -> ruleSet.getRules().isEmpty())) {
        throw new IllegalStateException("not every ruleset of " + rulesets + " loaded with rules");
      }
      sources.forEach(analysis.files()::addFile);
      Report report = analysis.performAnalysisAndCollectReport();
      Map<String, Integer> tracelint = new TreeMap<>();
      report.getViolations().stream()
          .filter(violation -> violation.getRule().getRuleClass().startsWith("dev.tracelint."))
          .forEach(violation -> tracelint.merge(violation.getRule().getName(), 1, Integer::sum));
      return report.getViolations().size() + " violations, " + report.getProcessingErrors().size()
          + " processing errors; tracelint " + tracelint;
    }
  }

  private static List<String> checkNames(Path checksJar) throws IOException {
    try (ZipFile jar = new ZipFile(checksJar.toFile())) {
      if (jar.getEntry(SERVICES) == null) {
        return List.of();
      }
      try (InputStream in = jar.getInputStream(jar.getEntry(SERVICES))) {
        return new String(in.readAllBytes(), UTF_8).lines()
            .map(line -> line.replaceAll("#.*", "").trim())
            .filter(line -> !line.isEmpty())
            .map(className -> className.substring(className.lastIndexOf('.') + 1))
            .sorted().toList();
      }
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double median(List<long[]> samples, int index) {
    List<Long> values = samples.stream().map(sample -> sample[index]).sorted(Comparator.naturalOrder()).toList();
    int middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2.0;
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory does not affect the measurement.
    }
  }
}
