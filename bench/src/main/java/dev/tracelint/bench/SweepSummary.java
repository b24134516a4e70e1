package dev.tracelint.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Collects a sweep's findings and problems, and prints what a reviewer needs from them. */
final class SweepSummary {
  private final List<String> engines;
  private final Map<String, Integer> filesPerLibrary = new LinkedHashMap<>();
  /** "engine library" for every engine run on a library: only those are compared. */
  private final Set<String> runs = new HashSet<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<SweepProblem> problems = new ArrayList<>();

  SweepSummary(List<String> engines) {
    this.engines = engines;
  }

  void addLibrary(SweepLibrary library, int files) {
    filesPerLibrary.put(library.name(), files);
  }

  void recordRun(String engine, String library) {
    runs.add(engine + " " + library);
  }

  void addFinding(Finding finding) {
    findings.add(finding);
  }

  void addProblem(SweepProblem problem) {
    problems.add(problem);
  }

  List<Finding> findings() {
    return findings;
  }

  List<SweepProblem> problems() {
    return problems;
  }

  void print(PrintStream out, List<Finding> baseline, String baselineName) {
    printPerLibrary(out);
    printPerRule(out);
    printProblems(out);
    if (engines.contains(ErrorProneSweep.ENGINE) && engines.contains(PmdSweep.WITH_TYPES)) {
      List<String> both = filesPerLibrary.keySet().stream()
          .filter(library -> ran(ErrorProneSweep.ENGINE, library) && ran(PmdSweep.WITH_TYPES, library)).toList();
      printDifference(out, ErrorProneSweep.ENGINE, PmdSweep.WITH_TYPES, Set.copyOf(both),
          "on the " + both.size() + " libraries both ran", true);
    }
    if (engines.contains(PmdSweep.WITH_TYPES) && engines.contains(PmdSweep.WITHOUT_TYPES)) {
      printDifference(out, PmdSweep.WITH_TYPES, PmdSweep.WITHOUT_TYPES, filesPerLibrary.keySet(),
          "on all " + filesPerLibrary.size() + " libraries", false);
    }
    if (baseline != null) {
      printAgainstBaseline(out, baseline, baselineName);
    }
  }

  private boolean ran(String engine, String library) {
    return runs.contains(engine + " " + library);
  }

  private void printPerLibrary(PrintStream out) {
    out.println("Findings per library (\"-\": engine not run on it)");
    out.println("| library | files | " + String.join(" | ", engines) + " |");
    out.println("|---|---:|" + "---|".repeat(engines.size()));
    for (Map.Entry<String, Integer> library : filesPerLibrary.entrySet()) {
      StringBuilder row = new StringBuilder("| " + library.getKey() + " | " + library.getValue() + " |");
      for (String engine : engines) {
        if (!ran(engine, library.getKey())) {
          row.append(" - |");
          continue;
        }
        Map<String, Long> perRule = countBy(findings.stream()
            .filter(f -> f.engine().equals(engine) && f.library().equals(library.getKey())).toList(), Finding::rule);
        long total = perRule.values().stream().mapToLong(Long::longValue).sum();
        row.append(' ').append(total);
        if (total > 0) {
          row.append(perRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", ", " (", ")")));
        }
        row.append(" |");
      }
      out.println(row);
    }
    out.printf(Locale.ROOT, "| total | %d |", filesPerLibrary.values().stream().mapToInt(Integer::intValue).sum());
    for (String engine : engines) {
      out.print(" " + findings.stream().filter(f -> f.engine().equals(engine)).count() + " |");
    }
    out.println();
    out.println();
  }

  private void printPerRule(PrintStream out) {
    out.println("Findings per rule");
    out.println("| rule | " + String.join(" | ", engines) + " |");
    out.println("|---|" + "---:|".repeat(engines.size()));
    Set<String> rules = findings.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
    for (String rule : rules) {
      StringBuilder row = new StringBuilder("| " + rule + " |");
      for (String engine : engines) {
        row.append(' ').append(findings.stream().filter(f -> f.engine().equals(engine) && f.rule().equals(rule))
            .count()).append(" |");
      }
      out.println(row);
    }
    out.println();
  }

  private void printProblems(PrintStream out) {
    if (problems.isEmpty()) {
      out.println("Problems: none (no crash, configuration error, processing error, compile failure or engine"
          + " failure).");
      out.println();
      return;
    }
    Map<String, Long> perKind = countBy(problems, problem -> problem.kind().label());
    out.println("Problems: " + perKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", ")));
    for (SweepProblem problem : problems) {
      String marker = problem.kind() == SweepProblem.Kind.CRASH ? "!!! CRASH " : "  ";
      out.println(marker + problem.toString().replace("\n", "\n      "));
    }
    out.println();
  }

  /**
   * Prints the multiset difference of two engines' findings on (library, file, line, rule), both ways: counts per
   * rule, then every finding, with its message when {@code messages}.
   */
  private void printDifference(PrintStream out, String left, String right, Set<String> libraries, String scope,
      boolean messages) {
    List<Finding> onlyLeft = minus(left, right, libraries);
    List<Finding> onlyRight = minus(right, left, libraries);
    out.printf(Locale.ROOT, "%s vs %s, %s: %d only in %s %s, %d only in %s %s%n", left, right, scope,
        onlyLeft.size(), left, countBy(onlyLeft, Finding::rule), onlyRight.size(), right,
        countBy(onlyRight, Finding::rule));
    for (Finding finding : onlyLeft) {
      out.println("  only " + left + ": " + finding.key() + (messages ? "  " + finding.message() : ""));
    }
    for (Finding finding : onlyRight) {
      out.println("  only " + right + ": " + finding.key() + (messages ? "  " + finding.message() : ""));
    }
    out.println();
  }

  /** {@code engine}'s findings on the libraries whose key {@code other} does not report as often. */
  private List<Finding> minus(String engine, String other, Set<String> libraries) {
    Map<String, Long> otherCounts = countBy(findings.stream()
        .filter(f -> f.engine().equals(other) && libraries.contains(f.library())).toList(), Finding::key);
    List<Finding> result = new ArrayList<>();
    for (Finding finding : findings.stream().sorted().toList()) {
      if (finding.engine().equals(engine) && libraries.contains(finding.library())) {
        long left = otherCounts.getOrDefault(finding.key(), 0L);
        if (left > 0) {
          otherCounts.put(finding.key(), left - 1);
        } else {
          result.add(finding);
        }
      }
    }
    return result;
  }

  /** Whole lines, messages included, restricted to the (engine, library) pairs this run covered. */
  private void printAgainstBaseline(PrintStream out, List<Finding> baseline, String baselineName) {
    Map<String, Long> before = countBy(baseline.stream().filter(f -> ran(f.engine(), f.library())).toList(),
        Finding::toTsv);
    Map<String, Long> after = countBy(findings, Finding::toTsv);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (String line : union(before.keySet(), after.keySet())) {
      long difference = after.getOrDefault(line, 0L) - before.getOrDefault(line, 0L);
      for (long i = 0; i < Math.abs(difference); i++) {
        (difference > 0 ? added : removed).add(line);
      }
    }
    out.printf(Locale.ROOT, "Against the baseline %s (restricted to the engines and libraries of this run): %s%n",
        baselineName, added.isEmpty() && removed.isEmpty() ? "identical"
            : added.size() + " line(s) added, " + removed.size() + " removed");
    removed.forEach(line -> out.println("  - " + line));
    added.forEach(line -> out.println("  + " + line));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> union = new TreeSet<>(a);
    union.addAll(b);
    return union;
  }

  private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }
}
