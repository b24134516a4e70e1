package dev.tracelint.lsp.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.lsp.engine.RuleConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracelintPropertiesTest {
  @TempDir Path project;

  @Test
  void readsTheRulesetAndRuleOptionsInPmdSpelling() throws Exception {
    Files.writeString(project.resolve("tracelint.properties"), """
        # tracelint options for this project
        ruleset = config/tracelint-ruleset.xml
        UnclosedTrace.startMethods = com.example.AgentTracer#startTrace:end,\\
            com.example.AgentTrace#startStep:end|fail
        RetryWithoutBackoff.backoffMethods=com.example.Backoff#pause
        """);
    RuleConfiguration configuration = TracelintProperties.read(project);
    assertEquals(Optional.of("config/tracelint-ruleset.xml"), configuration.ruleset());
    assertEquals(Map.of(
        "UnclosedTrace", Map.of("startMethods", "com.example.AgentTracer#startTrace:end,com.example.AgentTrace#startStep:end|fail"),
        "RetryWithoutBackoff", Map.of("backoffMethods", "com.example.Backoff#pause")), configuration.options());
    assertEquals(List.of(), configuration.problems());
  }

  @Test
  void namesAKeyItDoesNotUnderstand() throws Exception {
    Files.writeString(project.resolve("tracelint.properties"), "startMethods=x\nUnclosedTrace.a.b=y\n");
    List<String> problems = TracelintProperties.read(project).problems();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("unknown key 'UnclosedTrace.a.b'"), problems.get(0));
    assertTrue(problems.get(1).contains("unknown key 'startMethods'"), problems.get(1));
  }

  @Test
  void meansTheDefaultsWhenThereIsNoFile() {
    assertEquals(RuleConfiguration.defaults(), TracelintProperties.read(project));
  }
}
