package dev.tracelint.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: markers are read as documented, and a disagreement can never pass unnoticed. */
class HarnessTest {

  @Test
  void readsOneOrSeveralRulesPerMarkerAndIgnoresUnmarkedLines(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("A.java"), """
        package corpus.x;
        class A {
          void a() {
            while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
            }
          }
          void b() { start(); } // tracelint-expect: UnclosedTrace
          void c() { start(); } // an ordinary comment mentioning UnclosedTrace
          void d() { start(); } // tracelint-expect: UnclosedTrace // tracelint-expect: FullSecretLogged
          void start() {}
        }
        """, UTF_8);

    ExpectedFindings expected = ExpectedFindings.read(file);

    assertEquals(Set.of(
            new Finding(file, 4, "UnboundedRetry"), new Finding(file, 4, "RetryWithoutBackoff"),
            new Finding(file, 7, "UnclosedTrace"),
            new Finding(file, 9, "UnclosedTrace"), new Finding(file, 9, "FullSecretLogged")),
        expected.findings());
    assertFalse(expected.needsTypes());
  }

  @Test
  void readsPerModeMarkersAndMessageTexts(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("D.java"), """
        package corpus.x;
        class D {
          void a() { log(); } // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
          void b() { log(); } // tracelint-expect-with-types: FullSecretLogged
          void c() { log(); } // tracelint-expect-without-types: FullSecretLogged
          void log() {}
        }
        """, UTF_8);

    ExpectedFindings expected = ExpectedFindings.read(file);

    Finding a = new Finding(file, 3, "FullSecretLogged");
    Finding b = new Finding(file, 4, "FullSecretLogged");
    Finding c = new Finding(file, 5, "FullSecretLogged");
    assertEquals(Set.of(a), expected.findings());
    assertEquals(Set.of(a, b), expected.withTypes());
    assertEquals(Set.of(a, c), expected.withoutTypes());
    assertEquals(Map.of(a, "logs the full secret 'apiKey'"), expected.messages());
  }

  @Test
  void aMessageWithoutTheMarkedTextIsADisagreement(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("E.java"),
        "class E { // tracelint-expect: UnclosedTrace -- span 'span'\n}\n", UTF_8);
    ExpectedFindings expected = ExpectedFindings.read(file);
    Finding finding = new Finding(file, 1, "UnclosedTrace");
    List<String> disagreements = new ArrayList<>();

    EngineAgreementTest.compareMessages("PMD", expected, Set.of("UnclosedTrace"),
        Map.of(finding, List.of("scope 'scope' is not closed")), disagreements);
    EngineAgreementTest.compareMessages("Error Prone", expected, Set.of("UnclosedTrace"),
        Map.of(finding, List.of("[UnclosedTrace] span 'span' is not ended")), disagreements);

    assertEquals(1, disagreements.size(), disagreements.toString());
  }

  @Test
  void needsTypesCountsOnlyInTheHeader(@TempDir Path dir) throws IOException {
    Path declared = Files.writeString(dir.resolve("B.java"),
        "// conformance: needs-types (var receivers)\npackage corpus.x;\nclass B {}\n", UTF_8);
    Path tooLate = Files.writeString(dir.resolve("C.java"),
        "package corpus.x;\n" + "\n".repeat(ExpectedFindings.HEADER_LINES)
            + "// conformance: needs-types\nclass C {}\n", UTF_8);

    assertTrue(ExpectedFindings.read(declared).needsTypes());
    assertFalse(ExpectedFindings.read(tooLate).needsTypes());
  }

  @Test
  void aMissingOrAnUnexpectedFindingIsADisagreementNamingTheTriple() {
    Path file = Path.of("corpus/X.java");
    Finding marked = new Finding(file, 7, "UnclosedTrace");
    Finding extra = new Finding(file, 9, "UnclosedTrace");
    List<String> disagreements = new ArrayList<>();

    EngineAgreementTest.compare("Error Prone", Set.of(marked), Set.of(extra), false, disagreements);

    assertEquals(1, disagreements.size());
    assertTrue(disagreements.get(0).contains("marked but not reported: " + marked), disagreements.get(0));
    assertTrue(disagreements.get(0).contains("reported but not marked: " + extra), disagreements.get(0));
  }

  @Test
  void needsTypesAllowsMissingButNeverAddedFindings() {
    Path file = Path.of("corpus/X.java");
    Finding marked = new Finding(file, 7, "UnclosedTrace");
    List<String> missingOnly = new ArrayList<>();
    List<String> added = new ArrayList<>();

    EngineAgreementTest.compare("PMD without auxclasspath", Set.of(marked), Set.of(), true, missingOnly);
    EngineAgreementTest.compare("PMD without auxclasspath", Set.of(marked),
        Set.of(marked, new Finding(file, 8, "UnclosedTrace")), true, added);

    assertEquals(List.of(), missingOnly);
    assertEquals(1, added.size());
  }

  @Test
  void agreementIsSilentOnlyWhenTheSetsAreEqual() {
    Path file = Path.of("corpus/X.java");
    Set<Finding> same = Set.of(new Finding(file, 7, "UnclosedTrace"));
    List<String> disagreements = new ArrayList<>();

    EngineAgreementTest.compare("PMD with auxclasspath", same, Set.copyOf(same), false, disagreements);

    assertEquals(List.of(), disagreements);
  }

  @Test
  void pmdRulesetAppliesOptionsOnlyToShippedRules() {
    String xml = PmdRun.rulesetXml(Set.of("UnclosedTrace", "UnboundedRetry"),
        UserOptions.pmdProperties(Set.of("UnclosedTrace", "UnboundedRetry")));

    assertTrue(xml.contains("<exclude name=\"UnclosedTrace\"/>"), xml);
    assertTrue(xml.contains("<property name=\"startMethods\" "
        + "value=\"com.example.agent.sdk.AgentTracer#startTrace:end,"), xml);
    assertFalse(PmdRun.rulesetXml(Set.of(), UserOptions.pmdProperties(Set.of())).contains("startMethods"));
  }

  /** The options live once here; this catches the sample build drifting away from them. */
  @Test
  void userOptionsAreTheOnesTheSampleBuildPasses() throws IOException {
    Path samplePom = ConformancePaths.projectRoot().resolve("samples/agent-app/pom.xml");
    Path sampleRuleset = ConformancePaths.projectRoot().resolve("samples/agent-app/tracelint-ruleset.xml");
    assertTrue(Files.isRegularFile(samplePom) && Files.isRegularFile(sampleRuleset), "no sample app in this build");

    Set<String> pomFlags = new TreeSet<>();
    Matcher flag = Pattern.compile("-XepOpt:[^\\s<]+").matcher(Files.readString(samplePom, UTF_8));
    while (flag.find()) {
      pomFlags.add(flag.group());
    }
    Map<String, Map<String, String>> rulesetProperties = new TreeMap<>();
    Matcher rule = Pattern.compile("<rule ref=\"rulesets/tracelint.xml/(\\w+)\">(.*?)</rule>", Pattern.DOTALL)
        .matcher(Files.readString(sampleRuleset, UTF_8));
    while (rule.find()) {
      Matcher property = Pattern.compile("<property name=\"(\\w+)\" value=\"([^\"]*)\"").matcher(rule.group(2));
      while (property.find()) {
        rulesetProperties.computeIfAbsent(rule.group(1), name -> new TreeMap<>())
            .put(property.group(1), property.group(2));
      }
    }

    Set<String> sampleFlags = new TreeSet<>();
    UserOptions.SAMPLE_OPTIONS.forEach((ruleName, options) ->
        options.forEach((key, value) -> sampleFlags.add("-XepOpt:" + ruleName + ":" + key + "=" + value)));
    assertEquals(sampleFlags, pomFlags);
    Map<String, Map<String, String>> sampleProperties = new TreeMap<>();
    UserOptions.SAMPLE_OPTIONS.forEach((ruleName, options) -> options.forEach((key, value) ->
        sampleProperties.computeIfAbsent(ruleName, r -> new TreeMap<>()).put(UserOptions.pmdPropertyName(key), value)));
    assertEquals(sampleProperties, rulesetProperties);
  }
}
