package dev.tracelint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The agent-app sample's reports, as a code-scanning service and a user read them. */
class AgentAppIT {

  @Test
  void sarifReportIsValidSarif210() {
    Sarif.assertValid(SampleFiles.builtSample("agent-app").resolve("target/pmd.sarif.json"));
  }

  @Test
  void sarifResultsLinkTheirDocsPageAndAreWarningsLikeErrorProne() {
    Sarif.assertResultsLinkDocsAndAreWarnings(
        Sarif.read(SampleFiles.builtSample("agent-app").resolve("target/pmd.sarif.json")));
  }

  @Test
  void bothEnginesAndTheSarifReportShowExactlyTheMarkedFindings() {
    Path project = SampleFiles.builtSample("agent-app");
    Path sources = project.resolve("src/main/java");
    Set<String> markers = SampleFiles.markers(project, sources);
    SampleFiles.Run build = SampleFiles.runs(project).get(0);
    assertEquals(markers, build.javacFindings(project, "WARNING"), "Error Prone");
    assertEquals(markers, build.pmdFindings(project, java.util.List.of(sources)), "PMD");
    assertEquals(markers, Sarif.findings(Sarif.read(project.resolve("target/pmd.sarif.json")), project), "SARIF");
  }
}
