package dev.tracelint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Both engines judge the agreement corpus and the sample app exactly as the {@code // tracelint-expect: Rule} markers
 * say: Error Prone and PMD with an auxclasspath report exactly the marked (file, line, rule) triples; PMD without an
 * auxclasspath never reports an unmarked one, and reports every marked one unless the file declares
 * {@code // conformance: needs-types}.
 *
 * <p>A corpus file {@code corpus/<Rule>/X.java} is judged for {@code <Rule>} and for every rule its markers name; a
 * sample file, and a corpus file of correct code that no rule may flag ({@code RealisticClean*.java}), for every rule.
 * Every rule must ship in both engines: a rule with one face only fails the harness
 * test "every rule ships in both engines" (and its corpus group's "ships in both engines" test) instead of being
 * skipped, so that a missing face can never let the suite pass.
 *
 * <p>Files that are test code (they carry {@code tracelint-expect-in-test-code} markers) are judged twice: in the runs
 * above, where every rule skips them, and in a second run of all three engines over them alone with every rule's
 * {@code IncludeTestCode} option on, where the test-code markers count too.
 */
class EngineAgreementTest {

  private static final String SAMPLES = "samples/agent-app";

  @TestFactory
  Stream<DynamicNode> everyFileIsJudgedAsItsMarkersSay() {
    EngineFaces faces = EngineFaces.discover();
    Map<String, List<Path>> groups = sourceGroups();
    Map<Path, ExpectedFindings> expected = new LinkedHashMap<>();
    groups.values().forEach(files -> files.forEach(file -> expected.put(file, ExpectedFindings.read(file))));
    List<Path> allFiles = new ArrayList<>(expected.keySet());

    // Javac and Error Prone start-up dominate a small compilation: one for the whole corpus (each file has its own
    // package corpus.<rule>, so directories cannot clash) and one for the sample app.
    Map<String, ErrorProneRun> errorProne = new LinkedHashMap<>();
    if (!faces.errorProneChecks().isEmpty()) {
      List<Path> corpusFiles = new ArrayList<>();
      groups.forEach((group, files) -> {
        if (!group.equals(SAMPLES)) {
          corpusFiles.addAll(files);
        }
      });
      ErrorProneRun corpusRun = corpusFiles.isEmpty() ? null
          : ErrorProneRun.compile(corpusFiles, faces.errorProneChecks(), "WARN", UserOptions.errorProneFlags());
      groups.forEach((group, files) -> errorProne.put(group, group.equals(SAMPLES)
          ? ErrorProneRun.compile(files, faces.errorProneChecks(), "WARN", UserOptions.errorProneFlags())
          : corpusRun));
    }
    PmdRun pmdWithTypes = null;
    PmdRun pmdWithoutTypes = null;
    if (!faces.pmdRules().isEmpty() && !allFiles.isEmpty()) {
      String ruleset = PmdRun.rulesetXml(faces.pmdRules(), UserOptions.pmdProperties(faces.pmdRules()));
      pmdWithTypes = PmdRun.analyse(allFiles, CorpusClasses.auxclasspath(), ruleset);
      pmdWithoutTypes = PmdRun.analyse(allFiles, false, ruleset);
    }

    Runs defaults = new Runs(errorProne, pmdWithTypes, pmdWithoutTypes);
    Runs includingTestCode = runIncludingTestCode(faces, expected.values());

    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(DynamicContainer.dynamicContainer("harness", List.of(
        everyRuleShipsInBothEngines(faces),
        markersNameKnownRules(faces, groups.keySet(), expected.values()),
        everyRuleInBothEnginesHasACorpus(faces, expected.values()),
        enginesRanCleanly(errorProne, pmdWithTypes, pmdWithoutTypes),
        enginesRanCleanly("(IncludeTestCode=true) ", includingTestCode))));
    for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
      List<DynamicNode> tests = new ArrayList<>();
      if (!group.getKey().equals(SAMPLES)) {
        tests.add(facesOfCorpusRule(faces, group.getKey()));
      }
      for (Path file : group.getValue()) {
        Set<String> scope = group.getKey().equals(SAMPLES) || isCleanCode(file)
            ? union(faces.inAnyEngine(), expected.get(file).rulesNamed())
            : union(Set.of(group.getKey()), expected.get(file).rulesNamed());
        Runs runs = defaults.forGroup(group.getKey());
        // Surefire's report shows only the leaf name: make it name the file unambiguously.
        String name = group.getKey() + "/" + (group.getKey().equals(SAMPLES)
            ? ConformancePaths.samplesSourceDir().relativize(file) : file.getFileName());
        tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> {
          ExpectedFindings marked = expected.get(file);
          List<String> disagreements = disagreements(marked, scope, faces, runs);
          if (marked.runsAsTestCode()) {
            disagreements(marked.includingTestCode(), scope, faces, includingTestCode).forEach(
                disagreement -> disagreements.add("(IncludeTestCode=true) " + disagreement));
          }
          if (!disagreements.isEmpty()) {
            fail(ConformancePaths.display(file) + " is not judged as its markers say (rules " + scope + "):\n"
                + String.join("\n", disagreements));
          }
        }));
      }
      nodes.add(DynamicContainer.dynamicContainer(group.getKey(), tests));
    }
    return nodes.stream();
  }

  /** Correct production code written to stay silent: every rule judges it, not only its directory's. */
  private static boolean isCleanCode(Path file) {
    return file.getFileName().toString().startsWith("RealisticClean");
  }

  /** Corpus directories by rule name, then the sample app's sources as one group when the samples exist. */
  private static Map<String, List<Path>> sourceGroups() {
    Map<String, List<Path>> groups = new LinkedHashMap<>();
    Path corpus = ConformancePaths.corpusDir();
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> dirs = Files.list(corpus)) {
        dirs.filter(Files::isDirectory).sorted().forEach(dir -> {
          List<Path> files = javaFiles(dir);
          if (!files.isEmpty()) {
            groups.put(dir.getFileName().toString(), files);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path samples = ConformancePaths.samplesSourceDir();
    if (Files.isDirectory(samples)) {
      List<Path> files = javaFiles(samples);
      if (!files.isEmpty()) {
        groups.put(SAMPLES, files);
      }
    }
    return groups;
  }

  static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .map(file -> file.toAbsolutePath().normalize())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The three engine runs a file is judged by. {@code errorProne} by source group: the corpus and the sample app are
   * compiled apart.
   */
  private record Runs(Map<String, ErrorProneRun> errorProne, PmdRun pmdWithTypes, PmdRun pmdWithoutTypes) {
    Runs forGroup(String group) {
      ErrorProneRun compilation = errorProne.get(group);
      return new Runs(compilation == null ? Map.of() : Map.of(group, compilation), pmdWithTypes, pmdWithoutTypes);
    }

    ErrorProneRun compilation() {
      return errorProne.isEmpty() ? null : errorProne.values().iterator().next();
    }
  }

  /**
   * All three engines over the files that are test code alone, with every rule's {@code IncludeTestCode} option on:
   * the proof that the option reports what the default skips, in each engine.
   */
  private static Runs runIncludingTestCode(EngineFaces faces, Iterable<ExpectedFindings> allExpected) {
    List<Path> files = new ArrayList<>();
    allExpected.forEach(expected -> {
      if (expected.runsAsTestCode()) {
        files.add(expected.file());
      }
    });
    Map<String, ErrorProneRun> errorProne = new LinkedHashMap<>();
    if (files.isEmpty()) {
      return new Runs(errorProne, null, null);
    }
    if (!faces.errorProneChecks().isEmpty()) {
      errorProne.put("test code", ErrorProneRun.compile(files, faces.errorProneChecks(), "WARN",
          UserOptions.errorProneFlagsIncludingTestCode(faces.errorProneChecks())));
    }
    if (faces.pmdRules().isEmpty()) {
      return new Runs(errorProne, null, null);
    }
    String ruleset = PmdRun.rulesetXml(faces.pmdRules(), UserOptions.pmdPropertiesIncludingTestCode(faces.pmdRules()));
    return new Runs(errorProne, PmdRun.analyse(files, CorpusClasses.auxclasspath(), ruleset),
        PmdRun.analyse(files, false, ruleset));
  }

  /** How the engines' findings in {@code expected}'s file differ from its markers; empty when they agree. */
  private static List<String> disagreements(ExpectedFindings expected, Set<String> scope, EngineFaces faces,
      Runs runs) {
    ErrorProneRun errorProne = runs.compilation();
    PmdRun pmdWithTypes = runs.pmdWithTypes();
    PmdRun pmdWithoutTypes = runs.pmdWithoutTypes();
    Path file = expected.file();
    List<String> disagreements = new ArrayList<>();
    boolean compared = false;

    Set<String> errorProneRules = intersection(scope, faces.errorProneChecks());
    if (errorProne != null && !errorProneRules.isEmpty()) {
      compared = true;
      if (!errorProne.succeeded()) {
        disagreements.add("Error Prone: the compilation failed (its findings may be incomplete):\n  "
            + String.join("\n  ", errorProne.errors()));
      }
      compare("Error Prone", only(expected.withTypes(), errorProneRules),
          actual(errorProne.findings(), file, errorProneRules), false, disagreements);
      compareMessages("Error Prone", expected, errorProneRules, errorProne.messages(), disagreements);
    }
    Set<String> pmdRules = intersection(scope, faces.pmdRules());
    if (pmdWithTypes != null && !pmdRules.isEmpty()) {
      compared = true;
      compare("PMD with auxclasspath", only(expected.withTypes(), pmdRules),
          actual(pmdWithTypes.findings(), file, pmdRules), false, disagreements);
      compareMessages("PMD with auxclasspath", expected, pmdRules, pmdWithTypes.messages(), disagreements);
      Set<Finding> untyped = only(expected.withoutTypes(), pmdRules);
      Set<Finding> reportedUntyped = actual(pmdWithoutTypes.findings(), file, pmdRules);
      if (expected.needsTypes()) {
        // may miss the findings marked for every engine, never those marked for this mode alone
        Set<Finding> required = only(expected.withoutTypesOnly(), pmdRules);
        compare("PMD without auxclasspath (needs-types: may miss, never add)", untyped, reportedUntyped, true,
            disagreements);
        compare("PMD without auxclasspath", required, intersection(reportedUntyped, required), false, disagreements);
      } else {
        compare("PMD without auxclasspath", untyped, reportedUntyped, false, disagreements);
      }
      compareMessages("PMD without auxclasspath", expected, pmdRules, pmdWithoutTypes.messages(), disagreements);
    }
    if (!compared) {
      fail("no engine ships any of " + scope + " in this build: nothing to compare for "
          + ConformancePaths.display(file));
    }
    return disagreements;
  }

  /** Records, for one engine, the expected triples it missed and the ones it reported unexpectedly. */
  static void compare(String engine, Set<Finding> expected, Set<Finding> actual, boolean mayMiss,
      List<String> disagreements) {
    Set<Finding> missing = difference(expected, actual);
    Set<Finding> unexpected = difference(actual, expected);
    if (!unexpected.isEmpty() || (!mayMiss && !missing.isEmpty())) {
      StringBuilder text = new StringBuilder(engine).append(':');
      if (!missing.isEmpty()) {
        text.append("\n  marked but not reported").append(mayMiss ? " (allowed)" : "").append(": ")
            .append(list(missing));
      }
      if (!unexpected.isEmpty()) {
        text.append("\n  reported but not marked: ").append(list(unexpected));
      }
      disagreements.add(text.toString());
    }
  }

  private static DynamicTest everyRuleShipsInBothEngines(EngineFaces faces) {
    return DynamicTest.dynamicTest("every rule ships in both engines", () -> {
      assertFalse(faces.errorProneChecks().isEmpty(), "no Error Prone check found (META-INF/services)");
      assertFalse(faces.pmdRules().isEmpty(), "no PMD rule found in " + EngineFaces.RULESET);
      assertEquals(faces.errorProneChecks(), faces.pmdRules(),
          "Error Prone checks and PMD rules of this build differ: a rule without both faces");
    });
  }

  private static DynamicTest markersNameKnownRules(
      EngineFaces faces, Set<String> groups, Iterable<ExpectedFindings> allExpected) {
    return DynamicTest.dynamicTest("every marker names a rule", () -> {
      Set<String> known = union(faces.inAnyEngine(), groups);
      List<String> unknown = new ArrayList<>();
      for (ExpectedFindings expected : allExpected) {
        expected.findings().stream().filter(finding -> !known.contains(finding.rule()))
            .forEach(finding -> unknown.add(finding.toString()));
      }
      assertTrue(unknown.isEmpty(), () -> "markers name rules that are neither a corpus directory nor a check or "
          + "PMD rule of this build (typo?):\n  " + String.join("\n  ", unknown));
    });
  }

  private static DynamicTest everyRuleInBothEnginesHasACorpus(
      EngineFaces faces, Iterable<ExpectedFindings> allExpected) {
    return DynamicTest.dynamicTest("every rule shipped in both engines has marked corpus findings", () -> {
      Set<String> marked = new TreeSet<>();
      for (ExpectedFindings expected : allExpected) {
        if (expected.file().startsWith(ConformancePaths.corpusDir())) {
          marked.addAll(expected.rulesNamed());
        }
      }
      Set<String> unmarked = difference(faces.inBothEngines(), marked);
      assertTrue(unmarked.isEmpty(), () -> "rules shipped in both engines without a single marked finding under "
          + ConformancePaths.display(ConformancePaths.corpusDir()) + ": " + unmarked);
    });
  }

  private static DynamicTest enginesRanCleanly(String runName, Runs runs) {
    return DynamicTest.dynamicTest(runName + "no check or rule crashed, the test code compiled on its own",
        () -> assertRanCleanly(runs.errorProne(), runs.pmdWithTypes(), runs.pmdWithoutTypes()));
  }

  private static DynamicTest enginesRanCleanly(
      Map<String, ErrorProneRun> errorProne, PmdRun pmdWithTypes, PmdRun pmdWithoutTypes) {
    return DynamicTest.dynamicTest("no check or rule crashed, every group compiled",
        () -> assertRanCleanly(errorProne, pmdWithTypes, pmdWithoutTypes));
  }

  private static void assertRanCleanly(
      Map<String, ErrorProneRun> errorProne, PmdRun pmdWithTypes, PmdRun pmdWithoutTypes) {
    List<String> problems = new ArrayList<>();
    new LinkedHashSet<>(errorProne.values()).forEach(run -> {
      run.crashes().forEach(crash -> problems.add("Error Prone: " + crash));
      if (!run.succeeded()) {
        problems.add("Error Prone: compilation failed:\n  " + String.join("\n  ", run.errors()));
      }
    });
    if (pmdWithTypes != null) {
      pmdWithTypes.problems().forEach(problem -> problems.add("PMD with auxclasspath: " + problem));
      pmdWithoutTypes.problems().forEach(problem -> problems.add("PMD without auxclasspath: " + problem));
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  private static DynamicTest facesOfCorpusRule(EngineFaces faces, String rule) {
    return DynamicTest.dynamicTest(rule + " ships in both engines", () -> {
      boolean errorProne = faces.errorProneChecks().contains(rule);
      boolean pmd = faces.pmdRules().contains(rule);
      if (!errorProne || !pmd) {
        fail(rule + ": " + (errorProne ? "" : "no Error Prone check") + (errorProne || pmd ? "" : " and ")
            + (pmd ? "" : "no PMD rule") + " in this build; every rule ships in both engines");
      }
    });
  }

  private static Set<Finding> only(Set<Finding> findings, Set<String> rules) {
    return findings.stream().filter(finding -> rules.contains(finding.rule()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every reported finding whose marker gives a text must carry that text in its message. */
  static void compareMessages(String engine, ExpectedFindings expected, Set<String> rules,
      Map<Finding, List<String>> messages, List<String> disagreements) {
    expected.messages().forEach((finding, text) -> {
      List<String> reported = messages.get(finding);
      if (rules.contains(finding.rule()) && reported != null
          && reported.stream().noneMatch(message -> message.contains(text))) {
        disagreements.add(engine + ": " + finding + " says " + reported + ", not '" + text + "'");
      }
    });
  }

  private static Set<Finding> actual(Set<Finding> findings, Path file, Set<String> rules) {
    Predicate<Finding> inScope = finding -> finding.file().equals(file) && rules.contains(finding.rule());
    return findings.stream().filter(inScope).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String list(Set<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.joining(", "));
  }

  static <T> Set<T> union(Set<T> left, Set<T> right) {
    Set<T> result = new TreeSet<>(left);
    result.addAll(right);
    return result;
  }

  static <T> Set<T> intersection(Set<T> left, Set<T> right) {
    Set<T> result = new TreeSet<>(left);
    result.retainAll(right);
    return result;
  }

  static <T> Set<T> difference(Set<T> left, Set<T> right) {
    Set<T> result = new TreeSet<>(left);
    result.removeAll(right);
    return result;
  }
}
