package dev.tracelint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a SARIF report as code-scanning services read it: valid against the SARIF 2.1.0 schema (the copy shipped in
 * the npm package {@code @microsoft/jest-sarif}, see NOTICE), every tracelint result pointing at its rule's docs page
 * and at the level that matches the rule's Error Prone severity.
 */
final class Sarif {
  static final String DOCS = "https://github.com/tracelint/tracelint/blob/main/docs/rules/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Sarif() {}

  static JsonNode read(Path report) {
    assertTrue(Files.isRegularFile(report), "no SARIF report at " + report);
    return JSON.readTree(report.toFile());
  }

  static void assertValid(Path report) {
    Schema schema;
    try (InputStream in = Sarif.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Error> errors = schema.validate(SampleFiles.read(report), InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), report + " against SARIF 2.1.0");
  }

  /**
   * Every result's rule carries the docs page of that rule (which exists in docs/rules), and its level is
   * "warning", the SARIF level of Error Prone's WARNING, the severity of every tracelint check.
   */
  static void assertResultsLinkDocsAndAreWarnings(JsonNode sarif) {
    JsonNode run = sarif.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    Map<String, String> levels = new TreeMap<>();
    int results = 0;
    for (JsonNode result : run.get("results")) {
      results++;
      String ruleId = result.get("ruleId").asString();
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertEquals(ruleId, rule.get("id").asString(), "ruleIndex of " + result);
      String help = rule.get("helpUri").asString();
      assertEquals(DOCS + ruleId + ".md", help, "docs link of " + ruleId);
      Path page = SampleFiles.projectRoot().resolve("docs/rules").resolve(URI.create(help).getPath()
          .substring(URI.create(help).getPath().lastIndexOf('/') + 1));
      assertTrue(Files.isRegularFile(page), "the docs page " + page + " exists");
      String level = result.has("level") ? result.get("level").asString()
          : rule.get("defaultConfiguration").get("level").asString();
      levels.put(ruleId, level);
    }
    assertTrue(results > 0, "no results in the report");
    Set<String> notWarnings = new TreeSet<>();
    levels.forEach((rule, level) -> {
      if (!level.equals("warning")) {
        notWarnings.add(rule + "=" + level);
      }
    });
    assertEquals(Set.of(), notWarnings, "SARIF levels that differ from Error Prone's WARNING");
  }

  /** The results as {@code path:line Rule}, paths relative to {@code project}. */
  static Set<String> findings(JsonNode sarif, Path project) {
    Set<String> findings = new TreeSet<>();
    for (JsonNode result : sarif.get("runs").get(0).get("results")) {
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      Path file = Path.of(URI.create(location.get("artifactLocation").get("uri").asString()));
      findings.add(SampleFiles.finding(project, file, location.get("region").get("startLine").asInt(),
          result.get("ruleId").asString()));
    }
    return findings;
  }
}
