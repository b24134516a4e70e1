package dev.tracelint.lsp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PmdRunnerTest {
  private static final ConfiguredRules RULES = ConfiguredRules.load(RuleConfiguration.defaults(), Path.of("."));

  /** {@code var} hides the span's type: only type resolution (an auxclasspath) tells that it is a Span. */
  private static final String SPAN_IN_VAR = """
      import io.opentelemetry.api.trace.Tracer;

      class Agent {
        String answer(Tracer tracer, java.util.function.Supplier<String> model) {
          var span = tracer.spanBuilder("answer").startSpan();
          String reply = model.get();
          span.end();
          return reply;
        }
      }
      """;

  private final List<String> log = new ArrayList<>();
  private final PmdRunner runner = new PmdRunner(0, log::add);

  @Test
  void reportsAFindingWithTheEnginesMessageOnTheToken() {
    SourceResult result = analyse(SPAN_IN_VAR.replace("var span", "io.opentelemetry.api.trace.Span span"), "");
    assertTrue(result.parsed());
    assertEquals(List.of(new Finding("UnclosedTrace",
        "span 'span' is not ended on every path: call span.end() in a finally block", FindingSeverity.WARNING,
        "https://github.com/tracelint/tracelint/blob/main/docs/rules/UnclosedTrace.md", 5, 73, 5, 82)),
        result.findings());
  }

  /**
   * The no-types mode cannot be seen here, where PMD would find the type on this test's own class path too; the
   * packaged server, which bundles no tracing library, shows it ({@code MavenWorkspaceIT}).
   */
  @Test
  void resolvesTypesFromTheAuxclasspath() {
    // the test classpath holds opentelemetry-api (from known-apis)
    assertEquals(List.of("UnclosedTrace"), analyse(SPAN_IN_VAR, System.getProperty("java.class.path"))
        .findings().stream().map(Finding::ruleName).toList());
  }

  @Test
  void saysWhenASourceDoesNotParse() {
    SourceResult result = analyse("class Broken { void f( }", "");
    assertFalse(result.parsed());
    assertEquals(List.of(), result.findings());
    assertEquals(1, result.errors().size(), result.errors().toString());
  }

  @Test
  void analysesSeveralSourcesInOneRun() {
    List<SourceText> sources = List.of(
        new SourceText("/p/A.java", "class A {}"),
        new SourceText("/p/B.java", SPAN_IN_VAR.replace("var span", "io.opentelemetry.api.trace.Span span")));
    var results = new PmdRunner(2, log::add).analyze(sources, RULES.ruleSet(), "");
    assertEquals(List.of("/p/A.java", "/p/B.java"), List.copyOf(results.keySet()));
    assertEquals(0, results.get("/p/A.java").findings().size());
    assertEquals(1, results.get("/p/B.java").findings().size());
  }

  private SourceResult analyse(String text, String auxClasspath) {
    return runner.analyze(List.of(new SourceText("/project/src/Agent.java", text)), RULES.ruleSet(), auxClasspath)
        .get("/project/src/Agent.java");
  }
}
