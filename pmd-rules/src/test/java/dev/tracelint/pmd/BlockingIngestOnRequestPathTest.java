package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/**
 * What only the PMD face does, in {@code xml/BlockingIngestOnRequestPath.xml}: its properties, {@code // NOPMD} and
 * {@code @SuppressWarnings("PMD.BlockingIngestOnRequestPath")}, the line of a call chained over several lines; below,
 * how PMD reports a malformed property. What the rule flags and accepts, with and without an auxclasspath, is pinned
 * once for both engines by the corpus {@code conformance/src/test/resources/corpus/BlockingIngestOnRequestPath/}.
 */
class BlockingIngestOnRequestPathTest extends SimpleAggregatorTst {
  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "BlockingIngestOnRequestPath");
  }

  /** PMD 7.27.0 drops a rule whose dysfunctionReason() is set and reports it as a configuration error. */
  @Test
  void reportsMalformedBlockingCallsAsMisconfiguredRuleNamingTheEntry() {
    Report report = analyse("src/main/java/A.java", "class A {}", "com.example.agent.AgentTracer.flush");
    assertEquals(1, report.getConfigurationErrors().size());
    Report.ConfigurationError error = report.getConfigurationErrors().get(0);
    assertEquals("BlockingIngestOnRequestPath", error.rule().getName());
    assertTrue(error.issue().contains("BlockingIngestOnRequestPath:blockingCalls"), error.issue());
    assertTrue(error.issue().contains("'com.example.agent.AgentTracer.flush'"), error.issue());
    assertTrue(report.getProcessingErrors().isEmpty());
  }

  @Test
  void reportsMalformedHandlerAnnotationsAsMisconfiguredRuleNamingTheEntry() {
    Report report = analyse("src/main/java/A.java", "class A {}", BlockingIngestOnRequestPathRule.HANDLER_ANNOTATIONS,
        "com.example.web.Route,com..example.Handler");
    assertEquals(1, report.getConfigurationErrors().size());
    Report.ConfigurationError error = report.getConfigurationErrors().get(0);
    assertEquals("BlockingIngestOnRequestPath", error.rule().getName());
    assertTrue(error.issue().contains("BlockingIngestOnRequestPath:handlerAnnotations"), error.issue());
    assertTrue(error.issue().contains("'com..example.Handler'"), error.issue());
    assertTrue(report.getViolations().isEmpty());
  }

  private static Report analyse(String path, String code, String blockingCalls) {
    return analyse(path, code, BlockingIngestOnRequestPathRule.BLOCKING_CALLS, blockingCalls);
  }

  private static Report analyse(String path, String code, PropertyDescriptor<String> option, String value) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      RuleSet ruleSet = pmd.newRuleSetLoader().loadFromResource("rulesets/tracelint.xml");
      Rule rule = ruleSet.getRuleByName("BlockingIngestOnRequestPath");
      rule.setProperty(option, value);
      pmd.addRuleSet(ruleSet);
      pmd.files().addSourceFile(FileId.fromPathLikeString(path), code);
      return pmd.performAnalysisAndCollectReport();
    }
  }
}
