package dev.tracelint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.samples.SampleFiles.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the README promises a user who adds tracelint to a two-module service (samples/orders-service, whose POM
 * fragments are the README's snippets), checked on the four builds that invoker.properties runs.
 */
class OrdersServiceIT {
  private static Path project;
  private static List<Path> mainSources;
  private static Set<String> markers;
  private static List<Run> runs;

  @BeforeAll
  static void readBuilds() {
    project = SampleFiles.builtSample("orders-service");
    mainSources = List.of(project.resolve("orders-core/src/main/java"), project.resolve("orders-api/src/main/java"));
    markers = new TreeSet<>();
    mainSources.forEach(dir -> markers.addAll(SampleFiles.markers(project, dir)));
    runs = SampleFiles.runs(project);
    assertEquals(4, runs.size(), "builds in " + project.resolve("build.log"));
    assertTrue(markers.size() >= 4, "markers under " + mainSources + ": " + markers);
  }

  @Test
  void firstBuildReportsTheSameFindingsInBothEnginesAndGoesOn() {
    Run first = runs.get(1);
    assertTrue(first.succeeded(), "build 2 (verify) must succeed: findings are warnings by default");
    assertEquals(markers, first.javacFindings(project, "WARNING"), "Error Prone's findings against the markers");
    assertEquals(markers, first.pmdFindings(project, mainSources), "PMD's findings against the markers");
  }

  @Test
  void suppressionOptionAndLombokWork() {
    Run first = runs.get(1);
    Path repository = project.resolve("orders-core/src/main/java/com/example/orders/core/OrderRepository.java");
    List<String> lines = SampleFiles.read(repository).lines().toList();
    String inHouse = SampleFiles.finding(project, repository, lineOf(lines, "orderTracer.begin("), "UnclosedTrace");
    String suppressed = SampleFiles.finding(project, repository, lineOf(lines, "\"orders.migrate\""), "UnclosedTrace");
    Set<String> reported = first.javacFindings(project, "WARNING");
    reported.addAll(first.pmdFindings(project, mainSources));
    assertTrue(reported.contains(inHouse), "the StartMethods option adds the in-house tracer: " + reported);
    assertFalse(reported.contains(suppressed), "@SuppressWarnings(\"UnclosedTrace\") holds in both engines");
    assertFalse(first.log().contains("cannot find symbol"), "Lombok's @Slf4j must work next to Error Prone");
    assertTrue(reported.stream().anyMatch(f -> f.startsWith("orders-api/") && f.endsWith("FullSecretLogged")),
        "the secret logged through Lombok's logger is reported");
  }

  private static int lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  @Test
  void testCodeWithTracingCodeIsNeitherReportedNorFailingTheBuild() {
    Run first = runs.get(1);
    assertFalse(first.log().contains("MustBeClosedChecker"), "Error Prone's own checks do not run");
    assertTrue(first.javacFindings(project, "WARNING").stream().noneMatch(f -> f.contains("/src/test/")));
    assertTrue(first.log().contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0"), "the tests ran");
  }

  @Test
  void secondBuildStillShowsPmdFindingsButErrorProneHasNothingToCompile() {
    Run second = runs.get(2);
    assertTrue(second.succeeded());
    assertTrue(second.log().contains("Nothing to compile - all classes are up to date"));
    assertEquals(Set.of(), second.javacFindings(project, "WARNING"), "javac did not run, so neither did Error Prone");
    assertEquals(markers, second.pmdFindings(project, mainSources));
    String readme = SampleFiles.read(SampleFiles.projectRoot().resolve("README.md"));
    assertTrue(readme.contains("Nothing to compile"), "the README explains the second build");
  }

  @Test
  void severityPropertyTurnsErrorProneFindingsIntoErrors() {
    Run errors = runs.get(0);
    assertFalse(errors.succeeded(), "-Dtracelint.severity=ERROR must fail the compilation");
    Set<String> coreMarkers = new TreeSet<>(markers);
    coreMarkers.removeIf(finding -> !finding.startsWith("orders-core/"));
    assertEquals(coreMarkers, errors.javacFindings(project, "ERROR"));
  }

  @Test
  void failOnViolationPropertyFailsTheBuildOnPmdFindings() {
    Run failing = runs.get(3);
    assertFalse(failing.succeeded(), "-Dpmd.failOnViolation=true must fail the build");
    assertTrue(failing.log().contains("maven-pmd-plugin:3.28.0:check (tracelint-pmd) on project orders-core"),
        failing.log());
  }
}
