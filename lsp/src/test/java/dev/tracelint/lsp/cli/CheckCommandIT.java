package dev.tracelint.lsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tracelint.lsp.LspProcess;
import dev.tracelint.lsp.ShippedRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot command line of the packaged jar, run as a user runs it: {@code java -jar ... check ...}. */
class CheckCommandIT {
  private static final String UNCLOSED = """
      package com.example.agent;

      import io.opentelemetry.api.trace.Span;
      import io.opentelemetry.api.trace.Tracer;

      class Agent {
        String answer(Tracer tracer, java.util.function.Supplier<String> model) {
          Span span = tracer.spanBuilder("answer").startSpan();
          String reply = model.get();
          span.end();
          return reply;
        }
      }
      """;

  private static final String CLEAN = "package com.example.agent;\n\nclass Clean {}\n";

  @TempDir Path project;

  @Test
  void printsOneLinePerFindingAndExitsWithFour() throws Exception {
    write("src/com/example/agent/Agent.java", UNCLOSED);
    write("src/com/example/agent/Clean.java", CLEAN);
    Result result = check("src");
    assertEquals(4, result.exitCode(), result.toString());
    assertEquals(Path.of("src/com/example/agent/Agent.java") + ":8:46: warning: [UnclosedTrace] span 'span' is not "
        + "ended on every path: call span.end() in a finally block\n", result.out());
    assertTrue(result.err().contains("tracelint: 1 finding in 2 files"), result.err());
  }

  @Test
  void writesSarif210WithTheEditorsSeverity() throws Exception {
    write("src/Agent.java", UNCLOSED);
    Result result = check("src", "--format", "sarif", "--report-file", "report.sarif.json");
    assertEquals(4, result.exitCode(), result.toString());
    JsonObject log = JsonParser.parseString(Files.readString(project.resolve("report.sarif.json"))).getAsJsonObject();
    assertEquals("2.1.0", log.get("version").getAsString());
    assertEquals(SarifReport.SCHEMA, log.get("$schema").getAsString());
    JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
    JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
    assertEquals(ShippedRules.names().size(), rules.size(), "every rule that ran");
    JsonArray results = run.getAsJsonArray("results");
    assertEquals(1, results.size());
    JsonObject finding = results.get(0).getAsJsonObject();
    assertEquals("UnclosedTrace", finding.get("ruleId").getAsString());
    assertEquals("UnclosedTrace",
        rules.get(finding.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
    assertEquals("warning", finding.get("level").getAsString());
    JsonObject location = finding.getAsJsonArray("locations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation");
    assertEquals(project.resolve("src/Agent.java").toUri().toString(),
        location.getAsJsonObject("artifactLocation").get("uri").getAsString());
    JsonObject region = location.getAsJsonObject("region");
    assertEquals(List.of(8, 46, 8, 55), List.of(region.get("startLine").getAsInt(),
        region.get("startColumn").getAsInt(), region.get("endLine").getAsInt(), region.get("endColumn").getAsInt()));
  }

  @Test
  void exitsWithZeroOnCleanCode() throws Exception {
    write("Clean.java", CLEAN);
    Result result = check("Clean.java");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("", result.out());
  }

  @Test
  void exitsWithFiveWhenAFileDoesNotParse() throws Exception {
    write("Broken.java", "class Broken { void f( }");
    Result result = check(".");
    assertEquals(5, result.exitCode(), result.toString());
    assertTrue(result.err().contains("not analysed: 1"), result.err());
  }

  @Test
  void readsOptionsFromTracelintPropertiesAndRejectsMalformedOnes() throws Exception {
    write("Agent.java", """
        import com.example.agent.sdk.AgentTracer;

        class Agent {
          void run(AgentTracer tracer) {
            AgentTracer.Trace trace = tracer.startTrace("run");
            work();
            trace.end();
          }
          void work() {}
        }
        """);
    assertEquals(0, check("Agent.java").exitCode(), "not a trace start without the option");
    write("tracelint.properties", "UnclosedTrace.startMethods=com.example.agent.sdk.AgentTracer#startTrace:end\n");
    assertEquals(4, check("Agent.java").exitCode(), "a trace start with it");
    write("tracelint.properties", "UnclosedTrace.startMethods=AgentTracer#\n");
    Result malformed = check("Agent.java");
    assertEquals(2, malformed.exitCode(), malformed.toString());
    assertTrue(malformed.err().contains("AgentTracer#"), malformed.err());
  }

  @Test
  void runsAProjectRuleset() throws Exception {
    write("Agent.java", UNCLOSED);
    write("only-retries.xml", """
        <ruleset name="retries" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>the retry rules only</description>
          <rule ref="rulesets/tracelint.xml/UnboundedRetry"/>
        </ruleset>
        """);
    assertEquals(0, check("Agent.java", "--ruleset", "only-retries.xml").exitCode());
  }

  @Test
  void explainsAUsageError() throws Exception {
    Result result = check("--format", "xml", "src");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("--format must be text or sarif"), result.err());
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Result check(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", "-jar", LspProcess.serverJar().toString(), "check"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("check", ".out");
    Path err = Files.createTempFile("check", ".err");
    Process process = new ProcessBuilder(command).directory(project.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "check finishes");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  record Result(int exitCode, String out, String err) {}
}
