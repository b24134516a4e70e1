package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/**
 * What is specific to UnclosedTrace's PMD face: the cases in {@code xml/UnclosedTrace.xml} (report position,
 * suppression, the {@code startMethods} property) run against the rule as the shipped ruleset declares it; a malformed
 * {@code startMethods} entry is a configuration error naming the entry; deeply nested code does not crash the rule.
 * What the rule flags and accepts is pinned once by the agreement corpus
 * ({@code conformance/src/test/resources/corpus/UnclosedTrace/}), run with and without an auxclasspath.
 */
class UnclosedTraceTest extends SimpleAggregatorTst {

  private static final String LEAKY_SOURCE = """
      import io.opentelemetry.api.trace.Span;
      import io.opentelemetry.api.trace.Tracer;
      class Agent {
          private Tracer tracer;
          void step() {
              Span span = tracer.spanBuilder("agent.step").startSpan();
              callTool();
              span.end();
          }
          void callTool() {}
      }
      """;

  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "UnclosedTrace");
  }

  @Test
  void reportsMalformedStartMethodsEntryAsConfigurationErrorNamingIt() {
    Report report = analyse(
        "com.example.agent.AgentTracer#startTrace:end,com.example.agent.AgentTracer#startStep", LEAKY_SOURCE);

    assertEquals(
        List.of("UnclosedTrace: tracelint option UnclosedTrace:startMethods: invalid entry "
            + "'com.example.agent.AgentTracer#startStep': expected OWNER#startMethod:endMethod[|endMethod...]"),
        report.getConfigurationErrors().stream()
            .map(error -> error.rule().getName() + ": " + error.issue())
            .collect(Collectors.toList()));
    assertEquals(List.of(), report.getViolations(), "a misconfigured rule must not run");
  }

  @Test
  void runsWithWellFormedStartMethods() {
    Report report = analyse("com.example.agent.AgentTracer#startTrace:end", LEAKY_SOURCE);

    assertEquals(List.of(), report.getConfigurationErrors());
    assertEquals(List.of(6), lines(report));
  }

  @Test
  void staysSilentWithoutCrashingOnAnEndTooDeepToJudge() {
    int depth = 80;
    StringBuilder source = new StringBuilder("""
        import io.opentelemetry.api.trace.Span;
        import io.opentelemetry.api.trace.Tracer;
        class Deep {
            void step(Tracer tracer, boolean c) {
                Span span = tracer.spanBuilder("deep").startSpan();
        """);
    source.append("if (c) {\n".repeat(depth)).append("span.end();\n").append("}\n".repeat(depth)).append("}\n}\n");

    Report report = analyse("", source.toString());

    assertEquals(List.of(), report.getProcessingErrors());
    assertEquals(List.of(), lines(report), "past the walk's depth limit the verdict is no finding");
  }

  private static List<Integer> lines(Report report) {
    return report.getViolations().stream().map(v -> v.getBeginLine()).collect(Collectors.toList());
  }

  /** Runs PMD as a user would, with a project ruleset that references our rule and sets {@code startMethods}. */
  private static Report analyse(String startMethods, String source) {
    String ruleset = """
        <?xml version="1.0"?>
        <ruleset name="project" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>project ruleset</description>
          <rule ref="rulesets/tracelint.xml/UnclosedTrace">
            <properties>
              <property name="startMethods" value="%s"/>
            </properties>
          </rule>
        </ruleset>
        """.formatted(startMethods);
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setReporter(new CollectingReporter());
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    configuration.setIgnoreIncrementalAnalysis(true);
    configuration.setThreads(0);
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      pmd.addRuleSet(pmd.newRuleSetLoader().loadFromString("project.xml", ruleset));
      pmd.files().addSourceFile(FileId.fromPathLikeString("Agent.java"), source);
      return pmd.performAnalysisAndCollectReport();
    }
  }
}
