package dev.tracelint.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hand review of a sweep's findings ({@code bench/sweep/verdicts.tsv}, see bench/sweep/README.md), held against
 * a run: per rule, how many distinct findings (rule, library, file, line, whichever engines reported them) the run
 * has and how many of those are reviewed true, reviewed false or not reviewed yet, so that a run shows at once which
 * new findings need a look. Verdicts whose finding the run no longer reports are counted too: they are the findings
 * a change of the rules removed.
 */
final class SweepReview {
  /** How many unreviewed findings are printed per rule; all of them go to the unreviewed file. */
  private static final int PRINTED_PER_RULE = 15;

  /** One verdict: the finding it judges, and whether it is a true finding. */
  record Verdict(String key, String rule, boolean isTrue) {}

  private final Map<String, Verdict> verdicts;

  private SweepReview(Map<String, Verdict> verdicts) {
    this.verdicts = verdicts;
  }

  /**
   * Reads a verdicts file: tab-separated {@code rule, library, file, line, verdict (true|false), test-code, shape,
   * reason}; lines starting with {@code #} are comments.
   */
  static SweepReview read(Path file) throws IOException {
    Map<String, Verdict> verdicts = new HashMap<>();
    for (String line : Files.readAllLines(file, UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 8 || !(fields[4].equals("true") || fields[4].equals("false"))) {
        throw new IllegalArgumentException(file + ": not a verdict line (8 tab-separated fields, verdict true or"
            + " false): " + line);
      }
      String key = key(fields[0], fields[1], fields[2], fields[3]);
      if (verdicts.put(key, new Verdict(key, fields[0], fields[4].equals("true"))) != null) {
        throw new IllegalArgumentException(file + ": two verdicts for " + key);
      }
    }
    return new SweepReview(verdicts);
  }

  /** No verdicts file yet: every finding is unreviewed. */
  static SweepReview none() {
    return new SweepReview(Map.of());
  }

  private static String key(String rule, String library, String file, String line) {
    return String.join("\t", rule, library, file, line);
  }

  private static String key(Finding finding) {
    return key(finding.rule(), finding.library(), finding.file(), Integer.toString(finding.line()));
  }

  /**
   * Prints, per rule, the distinct findings of this run and their review, and writes the unreviewed ones (rule,
   * library, file, line, the engines that reported it) to {@code unreviewedFile}. Only verdicts on the libraries of
   * this run are held against it.
   */
  void print(PrintStream out, Collection<Finding> findings, Set<String> librariesRun, Path unreviewedFile)
      throws IOException {
    Map<String, Set<String>> enginesPerKey = new TreeMap<>();
    for (Finding finding : findings) {
      enginesPerKey.computeIfAbsent(key(finding), k -> new TreeSet<>()).add(finding.engine());
    }
    Set<String> rules = new TreeSet<>();
    enginesPerKey.keySet().forEach(key -> rules.add(key.substring(0, key.indexOf('\t'))));
    verdicts.values().stream().filter(v -> librariesRun.contains(v.key().split("\t")[1]))
        .forEach(v -> rules.add(v.rule()));

    out.println("Review of the distinct findings (rule, library, file, line; any engine) against the verdicts file");
    out.println("| rule | distinct findings | reviewed true | reviewed false | not reviewed | verdicts whose finding"
        + " is gone |");
    out.println("|---|---:|---:|---:|---:|---:|");
    List<String> unreviewed = new ArrayList<>();
    int[] totals = new int[5];
    for (String rule : rules) {
      int distinct = 0;
      int reviewedTrue = 0;
      int reviewedFalse = 0;
      List<String> open = new ArrayList<>();
      for (Map.Entry<String, Set<String>> entry : enginesPerKey.entrySet()) {
        if (!entry.getKey().startsWith(rule + "\t")) {
          continue;
        }
        distinct++;
        Verdict verdict = verdicts.get(entry.getKey());
        if (verdict == null) {
          open.add(entry.getKey() + "\t" + String.join(",", entry.getValue()));
        } else if (verdict.isTrue()) {
          reviewedTrue++;
        } else {
          reviewedFalse++;
        }
      }
      long gone = verdicts.values().stream()
          .filter(v -> v.rule().equals(rule) && librariesRun.contains(v.key().split("\t")[1])
              && !enginesPerKey.containsKey(v.key()))
          .count();
      out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", rule, distinct, reviewedTrue, reviewedFalse,
          open.size(), gone);
      int[] row = {distinct, reviewedTrue, reviewedFalse, open.size(), (int) gone};
      for (int i = 0; i < totals.length; i++) {
        totals[i] += row[i];
      }
      unreviewed.addAll(open);
    }
    out.printf(Locale.ROOT, "| total | %d | %d | %d | %d | %d |%n", totals[0], totals[1], totals[2], totals[3],
        totals[4]);
    if (unreviewed.isEmpty()) {
      out.println("Every finding of this run has a verdict.");
    } else {
      Files.createDirectories(unreviewedFile.toAbsolutePath().getParent());
      Files.write(unreviewedFile, unreviewed, UTF_8);
      out.printf(Locale.ROOT, "Not reviewed yet (at most %d per rule printed; all %d in %s):%n", PRINTED_PER_RULE,
          unreviewed.size(), unreviewedFile);
      Map<String, Integer> printed = new HashMap<>();
      for (String line : unreviewed) {
        String rule = line.substring(0, line.indexOf('\t'));
        if (printed.merge(rule, 1, Integer::sum) <= PRINTED_PER_RULE) {
          out.println("  ? " + line.replace('\t', ' '));
        }
      }
    }
    out.println();
  }
}
