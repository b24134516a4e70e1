package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracelint.catalog.RetryCatalog;
import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.JvmLanguagePropertyBundle;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/**
 * Runs the UnboundedRetry cases in {@code xml/UnboundedRetry.xml} (where the test classpath is the auxclasspath), and
 * the library settings once more as PMD sees them without an auxclasspath: only the JDK resolves.
 */
class UnboundedRetryTest extends SimpleAggregatorTst {

  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "UnboundedRetry");
  }

  @Test
  void recognisesLibrarySettingsThroughImportsWithoutAnAuxclasspath() {
    String source = String.join("\n",
        "import io.github.resilience4j.retry.RetryConfig;",
        "import org.springframework.retry.annotation.Retryable;",
        "import org.springframework.util.backoff.ExponentialBackOff;",
        "import org.springframework.util.backoff.FixedBackOff;",
        "import reactor.core.publisher.Mono;",
        "class Settings {",
        "  RetryConfig config() {",
        "    return RetryConfig.custom()",
        "        .maxAttempts(Integer.MAX_VALUE)",
        "        .build();",
        "  }",
        "  @Retryable(maxAttempts = Integer.MAX_VALUE)",
        "  void export() {}",
        "  FixedBackOff backOff() { return new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS); }",
        "  Mono<String> forever(Mono<String> call) { return call.retry(); }",
        "  Mono<String> bounded(Mono<String> call) { return call.retry(3); }",
        "  void backOff(org.springframework.util.backoff.ExponentialBackOff b) {",
        "    b.setMaxAttempts(ExponentialBackOff.DEFAULT_MAX_ATTEMPTS);",
        "  }",
        "}");

    assertEquals(List.of(9, 12, 14, 15, 18), linesWithoutAuxclasspath(source));
  }

  @Test
  void catalogueKnowsTheLibraryConstantsByTheirRealValues() throws ReflectiveOperationException {
    // the no-auxclasspath fallback relies on these values; spring-core is on this test classpath, so compare
    for (RetryCatalog.LibraryConstant constant : RetryCatalog.LIBRARY_CONSTANTS) {
      Class<?> owner = Class.forName(constant.field().ownerBinaryName());
      Object value = owner.getField(constant.field().method()).get(null);
      assertEquals(constant.value(), ((Number) value).longValue(), constant.field().toString());
    }
  }

  @Test
  void leavesSameNamedCallsAloneWithoutAnAuxclasspathWhenNoRetryLibraryIsImported() {
    String source = String.join("\n",
        "import com.example.agent.Job;",
        "class Jobs {",
        "  Job job(Job job) { return job.retry().maxAttempts(Integer.MAX_VALUE); }",
        "}");

    assertEquals(List.of(), linesWithoutAuxclasspath(source));
  }

  @Test
  void recognisesHandWrittenLoopsWithoutAnAuxclasspath() {
    String source = String.join("\n",
        "import com.example.agent.IngestClient;",
        "class Loop {",
        "  void send(IngestClient client, String trace) {",
        "    while (true) {",
        "      try { client.ingest(trace); return; } catch (RuntimeException e) { }",
        "    }",
        "  }",
        "}");

    assertEquals(List.of(4), linesWithoutAuxclasspath(source));
  }

  private List<Integer> linesWithoutAuxclasspath(String source) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      // PMD's default class loader in a test is the test classpath; the platform loader resolves the JDK only
      ((JvmLanguagePropertyBundle) pmd.getLanguageProperties(JavaLanguageModule.getInstance()))
          .setClassLoader(ClassLoader.getPlatformClassLoader());
      pmd.addRuleSet(net.sourceforge.pmd.lang.rule.RuleSet.forSingleRule(
          findRule("rulesets/tracelint.xml", "UnboundedRetry")));
      pmd.files().addSourceFile(FileId.fromPathLikeString("Settings.java"), source);
      Report report = pmd.performAnalysisAndCollectReport();
      assertEquals(List.of(), report.getProcessingErrors());
      return report.getViolations().stream().map(RuleViolation::getBeginLine).sorted().collect(Collectors.toList());
    }
  }
}
