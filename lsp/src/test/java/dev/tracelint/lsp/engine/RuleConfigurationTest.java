package dev.tracelint.lsp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleConfigurationTest {
  @Test
  void laterLayersWinOptionByOptionAndKeepEveryProblem() {
    RuleConfiguration workspace = new RuleConfiguration(Optional.of("project.xml"),
        Map.of("UnclosedTrace", Map.of("startMethods", "a.A#s:e"), "FullSecretLogged", Map.of("secretNames", "x")),
        List.of("first"));
    RuleConfiguration editor = new RuleConfiguration(Optional.empty(),
        Map.of("UnclosedTrace", Map.of("startMethods", "b.B#s:e")), List.of("second"));
    RuleConfiguration merged = workspace.overriddenBy(editor);
    assertEquals(Optional.of("project.xml"), merged.ruleset(), "the editor named no ruleset");
    assertEquals(Map.of("UnclosedTrace", Map.of("startMethods", "b.B#s:e"), "FullSecretLogged",
        Map.of("secretNames", "x")), merged.options());
    assertEquals(List.of("first", "second"), merged.problems());
  }
}
