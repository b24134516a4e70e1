package dev.tracelint.lsp.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.tracelint.lsp.engine.RuleConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {
  @Test
  void readsTheTracelintSectionWithStringAndArrayValues() {
    RuleConfiguration configuration = ClientSettings.parse(JsonParser.parseString("""
        {"tracelint": {
          "ruleset": "tracelint-ruleset.xml",
          "UnclosedTrace": {"startMethods": ["com.example.AgentTracer#startTrace:end", "com.example.A#s:e"]},
          "FullSecretLogged": {"secretNames": "(?i)licen[cs]e_?key"}
        }}
        """));
    assertEquals(Optional.of("tracelint-ruleset.xml"), configuration.ruleset());
    assertEquals(Map.of(
        "UnclosedTrace", Map.of("startMethods", "com.example.AgentTracer#startTrace:end,com.example.A#s:e"),
        "FullSecretLogged", Map.of("secretNames", "(?i)licen[cs]e_?key")), configuration.options());
    assertEquals(List.of(), configuration.problems());
  }

  @Test
  void acceptsTheSectionWithoutItsWrapper() {
    assertEquals(Map.of("UnboundedRetry", Map.of()),
        ClientSettings.parse(JsonParser.parseString("{\"UnboundedRetry\": {}}")).options());
  }

  @Test
  void namesSettingsOfTheWrongShape() {
    List<String> problems = ClientSettings.parse(JsonParser.parseString("""
        {"tracelint": {"ruleset": {}, "UnclosedTrace": "x", "FullSecretLogged": {"secretNames": {"a": 1}}}}
        """)).problems();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("'ruleset' must be a string"), problems.get(0));
    assertTrue(problems.get(1).contains("'UnclosedTrace' must be 'ruleset' or a rule name"), problems.get(1));
    assertTrue(problems.get(2).contains("FullSecretLogged.secretNames must be a string"), problems.get(2));
  }

  @Test
  void meansTheDefaultsForNoSettings() {
    assertEquals(RuleConfiguration.defaults(), ClientSettings.parse(null));
    assertEquals(RuleConfiguration.defaults(), ClientSettings.parse(JsonParser.parseString("null")));
  }
}
