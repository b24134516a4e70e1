package dev.tracelint.lsp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.lsp.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredRulesTest {
  private static final String IN_HOUSE_TRACE = """
      import com.example.agent.AgentTracer;

      class Agent {
        void run(AgentTracer tracer) {
          var trace = tracer.startTrace("run");
          work();
          trace.end();
        }
        void work() {}
      }
      """;

  @TempDir Path workspace;

  @Test
  void appliesAnOptionInTheEnginesSyntax() {
    ConfiguredRules rules = load(new RuleConfiguration(Optional.empty(),
        Map.of("UnclosedTrace", Map.of("startMethods", "com.example.agent.AgentTracer#startTrace:end")), List.of()));
    assertEquals(List.of(), rules.problems());
    assertEquals(List.of("UnclosedTrace"), ruleNamesFound(rules, IN_HOUSE_TRACE));
    assertEquals(List.of(), ruleNamesFound(load(RuleConfiguration.defaults()), IN_HOUSE_TRACE), "not without it");
  }

  @Test
  void reportsAMalformedOptionValueAndLeavesTheRuleOut() {
    ConfiguredRules rules = load(new RuleConfiguration(Optional.empty(),
        Map.of("UnclosedTrace", Map.of("startMethods", "AgentTracer#")), List.of()));
    assertEquals(1, rules.problems().size(), rules.problems().toString());
    assertTrue(rules.problems().get(0).startsWith("tracelint: rule UnclosedTrace is off: "), rules.problems().get(0));
    assertTrue(rules.problems().get(0).contains("AgentTracer#"), "names the entry: " + rules.problems().get(0));
  }

  @Test
  void reportsAnUnknownRuleAndAnUnknownOption() {
    ConfiguredRules rules = load(new RuleConfiguration(Optional.empty(), Map.of(
        "UnclosedSpan", Map.of("startMethods", "x"),
        "UnboundedRetry", Map.of("maxAttempts", "3")), List.of()));
    assertEquals(2, rules.problems().size(), rules.problems().toString());
    assertTrue(rules.problems().stream().anyMatch(problem -> problem.contains("no rule named 'UnclosedSpan'")
        && problem.contains("UnclosedTrace")), rules.problems().toString());
    assertTrue(rules.problems().stream().anyMatch(problem -> problem.contains("UnboundedRetry has no option "
        + "'maxAttempts'")), rules.problems().toString());
  }

  @Test
  void runsAProjectRulesetRelativeToTheWorkspace() throws Exception {
    Files.writeString(workspace.resolve("tracelint-ruleset.xml"), """
        <ruleset name="project" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>only one rule, configured</description>
          <rule ref="rulesets/tracelint.xml/UnclosedTrace">
            <properties>
              <property name="startMethods" value="com.example.agent.AgentTracer#startTrace:end"/>
            </properties>
          </rule>
        </ruleset>
        """);
    ConfiguredRules rules = load(new RuleConfiguration(Optional.of("tracelint-ruleset.xml"), Map.of(), List.of()));
    assertEquals(List.of(), rules.problems());
    assertEquals(List.of("UnclosedTrace"), rules.descriptions().stream().map(RuleDescription::name).toList());
    assertEquals(List.of("UnclosedTrace"), ruleNamesFound(rules, IN_HOUSE_TRACE));
  }

  @Test
  void fallsBackToTracelintsRulesetWhenTheProjectsDoesNotLoad() {
    ConfiguredRules rules = load(new RuleConfiguration(Optional.of("missing.xml"), Map.of(), List.of()));
    assertEquals(1, rules.problems().size(), rules.problems().toString());
    assertTrue(rules.problems().get(0).contains("cannot load ruleset 'missing.xml'"), rules.problems().get(0));
    assertEquals(ShippedRules.names(), rules.descriptions().stream().map(RuleDescription::name).sorted().toList());
  }

  private ConfiguredRules load(RuleConfiguration configuration) {
    return ConfiguredRules.load(configuration, workspace);
  }

  private static List<String> ruleNamesFound(ConfiguredRules rules, String source) {
    return new PmdRunner(0, message -> {}).analyze(List.of(new SourceText("/p/Agent.java", source)), rules.ruleSet(),
        "").get("/p/Agent.java").findings().stream().map(Finding::ruleName).toList();
  }
}
