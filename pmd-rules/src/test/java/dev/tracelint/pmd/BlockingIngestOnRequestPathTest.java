package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/**
 * Runs the cases of {@code xml/BlockingIngestOnRequestPath.xml}; pmd-test resolves types through the test classpath,
 * so the cases without types use an in-house SDK that is not on it. Below, how PMD reports a malformed option.
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
    assertTrue(error.issue().contains("BlockingIngestOnRequestPath:BlockingCalls"), error.issue());
    assertTrue(error.issue().contains("'com.example.agent.AgentTracer.flush'"), error.issue());
    assertTrue(report.getProcessingErrors().isEmpty());
  }

  /**
   * Without an auxclasspath the receiver of {@code sdk.getSdkTracerProvider().forceFlush()} has no type; the
   * catalogue names what the SDK's getters return, so the wait is still found. The analysis class loader is the
   * platform one, so that the libraries on the test classpath do not resolve (pmd-test always resolves them).
   */
  @Test
  void flagsWaitOnSdkComponentGetterWithoutTypes() {
    Report report = analyseWithoutTypes(SDK_GETTER_CONTROLLER.formatted(
        "sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);"));
    assertEquals(1, report.getViolations().size(), report.getViolations().toString());
    assertEquals(14, report.getViolations().get(0).getBeginLine());
    assertTrue(report.getViolations().get(0).getDescription()
        .startsWith("sdk.getSdkTracerProvider().forceFlush().join() blocks request handler 'flush'"),
        report.getViolations().get(0).getDescription());
  }

  @Test
  void flagsCloseOfSdkComponentGetterWithoutTypes() {
    Report report = analyseWithoutTypes(SDK_GETTER_CONTROLLER.formatted("sdk.getSdkMeterProvider().close();"));
    assertEquals(1, report.getViolations().size(), report.getViolations().toString());
    assertEquals(14, report.getViolations().get(0).getBeginLine());
  }

  @Test
  void acceptsSdkComponentGetterWithoutWaitWithoutTypes() {
    Report report = analyseWithoutTypes(SDK_GETTER_CONTROLLER.formatted(
        "sdk.getSdkTracerProvider().forceFlush(); sdk.getSdkLoggerProvider().shutdown();"));
    assertTrue(report.getViolations().isEmpty(), report.getViolations().toString());
  }

  @Test
  void acceptsOtherGettersOfUnresolvedTypesWithoutTypes() {
    Report report = analyseWithoutTypes(SDK_GETTER_CONTROLLER.formatted(
        "sdk.getPropagators().close(); registry.getSdkTracerProvider().forceFlush().join(1, TimeUnit.SECONDS);"));
    assertTrue(report.getViolations().isEmpty(), report.getViolations().toString());
  }

  @Test
  void acceptsScratchSimpleMeterRegistryWithoutTypes() {
    Report report = analyseWithoutTypes(SDK_GETTER_CONTROLLER.formatted(
        "MeterRegistry scratch = new SimpleMeterRegistry(); scratch.close();"));
    assertTrue(report.getViolations().isEmpty(), report.getViolations().toString());
  }

  /** Without types only the @Override marks which of two same-named methods is the handler. */
  @Test
  void acceptsOverloadWithoutOverrideNextToTheOverrideWithoutTypes() {
    Report report = analyseWithoutTypes("""
        import io.opentelemetry.sdk.trace.SdkTracerProvider;
        import java.util.concurrent.TimeUnit;
        import org.springframework.web.servlet.function.HandlerFunction;
        import org.springframework.web.servlet.function.ServerRequest;
        import org.springframework.web.servlet.function.ServerResponse;

        final class AskHandler implements HandlerFunction<ServerResponse> {
          private SdkTracerProvider provider;

          @Override
          public ServerResponse handle(ServerRequest request) {
            provider.forceFlush().join(10, TimeUnit.SECONDS);
            return null;
          }

          void handle(String command) {
            provider.forceFlush().join(10, TimeUnit.SECONDS);
          }
        }
        """);
    assertEquals(1, report.getViolations().size(), report.getViolations().toString());
    assertEquals(12, report.getViolations().get(0).getBeginLine());
  }

  /** Without types, a servlet written without @Override annotations is still recognised by its method names. */
  @Test
  void flagsServletWithoutOverrideAnnotationsWithoutTypes() {
    Report report = analyseWithoutTypes("""
        import io.sentry.Sentry;
        import javax.servlet.http.HttpServlet;
        import javax.servlet.http.HttpServletRequest;
        import javax.servlet.http.HttpServletResponse;

        class LegacyServlet extends HttpServlet {
          protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            Sentry.flush(2000);
          }
        }
        """);
    assertEquals(1, report.getViolations().size(), report.getViolations().toString());
    assertEquals(8, report.getViolations().get(0).getBeginLine());
  }

  private static final String SDK_GETTER_CONTROLLER = """
      import com.example.metrics.Registry;
      import io.micrometer.core.instrument.MeterRegistry;
      import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
      import io.opentelemetry.sdk.OpenTelemetrySdk;
      import java.util.concurrent.TimeUnit;
      import org.springframework.web.bind.annotation.PostMapping;
      import org.springframework.web.bind.annotation.RestController;

      @RestController
      class FlushController {
        private OpenTelemetrySdk sdk;
        private Registry registry;

        @PostMapping("/flush") void flush() { %s }
      }
      """;

  private static Report analyseWithoutTypes(String code) {
    // PmdAnalysis hands the Java language the configuration's class loader when no auxclasspath is set; the default
    // one is the test classpath, where the libraries resolve. The platform loader knows only the JDK.
    PMDConfiguration configuration = new PMDConfiguration() {
      @Override
      public ClassLoader getClassLoader() {
        return ClassLoader.getPlatformClassLoader();
      }
    };
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      pmd.addRuleSet(pmd.newRuleSetLoader().loadFromResource("rulesets/tracelint.xml"));
      pmd.files().addSourceFile(FileId.fromPathLikeString("src/main/java/FlushController.java"), code);
      return pmd.performAnalysisAndCollectReport();
    }
  }

  private static Report analyse(String path, String code, String blockingCalls) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      RuleSet ruleSet = pmd.newRuleSetLoader().loadFromResource("rulesets/tracelint.xml");
      Rule rule = ruleSet.getRuleByName("BlockingIngestOnRequestPath");
      rule.setProperty(BlockingIngestOnRequestPathRule.BLOCKING_CALLS, blockingCalls);
      pmd.addRuleSet(ruleSet);
      pmd.files().addSourceFile(FileId.fromPathLikeString(path), code);
      return pmd.performAnalysisAndCollectReport();
    }
  }
}
