package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * What is specific to the PMD face of ExitBeforeTraceFlush: the {@code pipelines} property (a malformed entry makes
 * the rule dysfunctional, naming the entry), the position of a finding at {@code main} (its name's line, as Error
 * Prone reports it, not the line of an annotation above it), and suppression. The rule's shapes are judged in both
 * engines by the shared corpus ({@code conformance/src/test/resources/corpus/ExitBeforeTraceFlush}).
 */
class ExitBeforeTraceFlushTest {

  private static final String JOB = """
      import io.opentelemetry.sdk.OpenTelemetrySdk;
      class Job {
          @Deprecated
          public static void main(String[] args) {
              OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
              work();
          }
          static class ExitsEarly {
              public static void main(String[] args) {
                  OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
                  System.exit(2);
              }
          }
          static void work() {}
      }
      """;

  private static final String SUPPRESSED = """
      import io.opentelemetry.sdk.OpenTelemetrySdk;
      class Job {
          static class BareName {
              @SuppressWarnings("ExitBeforeTraceFlush")
              public static void main(String[] args) {
                  OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
                  System.exit(2);
              }
          }
          @SuppressWarnings("PMD.ExitBeforeTraceFlush")
          static class PmdName {
              public static void main(String[] args) {
                  OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
                  work();
              }
          }
          static class Nopmd {
              public static void main(String[] args) {
                  OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
                  System.exit(2); // NOPMD
              }
          }
          static void work() {}
      }
      """;

  /** An in-house client: without an auxclasspath its types do not resolve, the option's names still match. */
  private static final String IN_HOUSE = """
      import com.example.agent.AgentTelemetry;
      class Job {
          public static void main(String[] args) {
              AgentTelemetry telemetry = AgentTelemetry.create("http://collector");
              telemetry.record("started");
              System.exit(0);
          }
      }
      """;

  @Test
  void reportsMainAtTheLineOfItsNameAndTheExitCallAtItsLine() {
    Report report = analyse(JOB, "");

    assertEquals(List.of(), report.getConfigurationErrors());
    assertEquals(List.of(4, 11), lines(report));
    assertEquals("OpenTelemetry SDK 'sdk' is not flushed on every path out of main: call sdk.close() in a finally "
        + "block, or register a shutdown hook that closes it and waits", report.getViolations().get(0).getDescription());
  }

  @Test
  void honoursTheBareRuleNameThePmdNameAndNopmd() {
    assertEquals(List.of(), lines(analyse(SUPPRESSED, "")));
  }

  @Test
  void pipelinesPropertyTeachesTheRuleAnInHouseClient() {
    assertEquals(List.of(), lines(analyse(IN_HOUSE, "")));
    Report configured = analyse(IN_HOUSE, "com.example.agent.AgentTelemetry#create:close|flush");

    assertEquals(List.of(6), lines(configured));
    assertEquals("AgentTelemetry 'telemetry' is not flushed before System.exit(): call telemetry.close() first, or "
            + "register a shutdown hook that closes it; System.exit() runs no finally block",
        configured.getViolations().get(0).getDescription());
  }

  @Test
  void reportsMalformedPipelinesEntryAsConfigurationErrorNamingIt() {
    Report report = analyse(JOB, "com.example.agent.AgentTelemetry#create:close,com.example.agent.AgentTelemetry#create");

    assertEquals(
        List.of("ExitBeforeTraceFlush: tracelint option ExitBeforeTraceFlush:pipelines: invalid entry "
            + "'com.example.agent.AgentTelemetry#create': expected OWNER#createMethod:completeMethod[|completeMethod...]"),
        report.getConfigurationErrors().stream()
            .map(error -> error.rule().getName() + ": " + error.issue())
            .collect(Collectors.toList()));
    assertEquals(List.of(), report.getViolations(), "a misconfigured rule must not run");
  }

  private static List<Integer> lines(Report report) {
    return report.getViolations().stream().map(RuleViolation::getBeginLine).sorted().collect(Collectors.toList());
  }

  /** Runs PMD as a user would, with a project ruleset that references our rule and sets {@code pipelines}. */
  private static Report analyse(String source, String pipelines) {
    String ruleset = """
        <?xml version="1.0"?>
        <ruleset name="project" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>project ruleset</description>
          <rule ref="rulesets/tracelint.xml/ExitBeforeTraceFlush">
            <properties>
              <property name="pipelines" value="%s"/>
            </properties>
          </rule>
        </ruleset>
        """.formatted(pipelines);
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setReporter(new CollectingReporter());
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    configuration.setIgnoreIncrementalAnalysis(true);
    configuration.setThreads(0);
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      pmd.addRuleSet(pmd.newRuleSetLoader().loadFromString("project.xml", ruleset));
      pmd.files().addSourceFile(FileId.fromPathLikeString("Job.java"), source);
      return pmd.performAnalysisAndCollectReport();
    }
  }
}
