package dev.tracelint.lsp.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tracelint.lsp.engine.Finding;
import dev.tracelint.lsp.engine.FindingSeverity;
import dev.tracelint.lsp.engine.RuleDescription;
import dev.tracelint.lsp.engine.SourceResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as a SARIF 2.1.0 log, the format code-scanning services and SARIF viewers read: one run, tool "tracelint"
 * with every rule that ran, one result per finding with its rule, level, message and the reported token's region.
 * Levels follow {@link FindingSeverity}, so a viewer shows the severity the editor and the compiler show.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  static String toJson(List<RuleDescription> rules, Map<String, SourceResult> results, String toolVersion) {
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "tracelint");
    driver.addProperty("version", toolVersion);
    driver.addProperty("informationUri", "https://github.com/tracelint/tracelint");
    JsonArray ruleArray = new JsonArray();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleDescription rule : rules) {
      ruleIndex.put(rule.name(), ruleArray.size());
      ruleArray.add(ruleOf(rule));
    }
    driver.add("rules", ruleArray);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);

    JsonArray resultArray = new JsonArray();
    results.forEach((path, result) -> result.findings()
        .forEach(finding -> resultArray.add(resultOf(path, finding, ruleIndex.get(finding.ruleName())))));
    JsonObject run = new JsonObject();
    run.add("tool", tool);
    run.add("results", resultArray);

    JsonObject log = new JsonObject();
    log.addProperty("$schema", SCHEMA);
    log.addProperty("version", "2.1.0");
    JsonArray runs = new JsonArray();
    runs.add(run);
    log.add("runs", runs);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log);
  }

  private static JsonObject ruleOf(RuleDescription rule) {
    JsonObject object = new JsonObject();
    object.addProperty("id", rule.name());
    object.addProperty("name", rule.name());
    object.add("shortDescription", text(rule.summary()));
    if (!rule.docsUrl().isBlank()) {
      object.addProperty("helpUri", rule.docsUrl());
    }
    JsonObject configuration = new JsonObject();
    configuration.addProperty("level", level(rule.severity()));
    object.add("defaultConfiguration", configuration);
    return object;
  }

  private static JsonObject resultOf(String path, Finding finding, Integer ruleIndex) {
    JsonObject region = new JsonObject();
    region.addProperty("startLine", finding.line());
    region.addProperty("startColumn", finding.column());
    region.addProperty("endLine", finding.endLine());
    region.addProperty("endColumn", finding.endColumn());
    JsonObject artifact = new JsonObject();
    artifact.addProperty("uri", Path.of(path).toAbsolutePath().toUri().toString());
    JsonObject physical = new JsonObject();
    physical.add("artifactLocation", artifact);
    physical.add("region", region);
    JsonObject location = new JsonObject();
    location.add("physicalLocation", physical);
    JsonArray locations = new JsonArray();
    locations.add(location);

    JsonObject result = new JsonObject();
    result.addProperty("ruleId", finding.ruleName());
    if (ruleIndex != null) {
      result.addProperty("ruleIndex", ruleIndex);
    }
    result.addProperty("level", level(finding.severity()));
    result.add("message", text(finding.message()));
    result.add("locations", locations);
    return result;
  }

  private static JsonObject text(String text) {
    JsonObject message = new JsonObject();
    message.addProperty("text", text);
    return message;
  }

  private static String level(FindingSeverity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
