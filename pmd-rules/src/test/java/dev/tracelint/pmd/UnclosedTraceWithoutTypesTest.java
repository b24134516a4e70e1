package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.reporting.Report;
import org.junit.jupiter.api.Test;

/**
 * UnclosedTrace as PMD runs it without an auxclasspath, on the real libraries' code shapes: PMD runs in a class loader
 * that cannot load any tracing library, so every type in the sources is unresolved and the rule must fall back on
 * imports and names. (In pmd-test, by contrast, every snippet sees the test classpath and its types resolve.)
 */
class UnclosedTraceWithoutTypesTest {
  private static final String TRACING_LIBRARIES =
      ".*(opentelemetry|brave|zipkin|micrometer|opentracing|sentry|apm-agent|aws-xray).*";

  @Test
  void theTracingLibrariesAreReallyMissing() throws Exception {
    try (URLClassLoader loader = classLoaderWithoutTracingLibraries()) {
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("io.opentelemetry.api.trace.Span"));
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("brave.Tracer"));
    }
  }

  @Test
  void recognisesOpenTelemetryBuilderChainsAndImportedTypes() throws Exception {
    assertEquals(List.of(7, 14), findings("""
        import io.opentelemetry.api.trace.Span;
        import io.opentelemetry.api.trace.Tracer;
        import io.opentelemetry.context.Scope;
        class Agent {
            private Tracer tracer;
            void chain() {
                Span span = tracer.spanBuilder("step").startSpan();
                work();
                span.end();
            }
            void scope() {
                Span span = tracer.spanBuilder("step").startSpan();
                try (Scope scope = span.makeCurrent()) {
                    Scope leaked = span.makeCurrent();
                    work();
                    leaked.close();
                } finally {
                    span.end();
                }
            }
            void work() {}
        }
        """));
  }

  @Test
  void recognisesStartsUnderOnDemandImports() throws Exception {
    assertEquals(List.of(5, 11), findings("""
        import io.opentelemetry.api.trace.*;
        class Agent {
            private Tracer tracer;
            void chain() {
                Span span = tracer.spanBuilder("step").startSpan();
                work();
                span.end();
            }
            void scope(Span span) {
                try (var ok = span.makeCurrent()) {}
                var leaked = span.makeCurrent();
                work();
                leaked.close();
            }
            void work() {}
        }
        """));
  }

  @Test
  void recognisesOneWordStartsOnChainsRootedAtLibraryTypes() throws Exception {
    assertEquals(List.of(8, 14), findings("""
        import brave.Span;
        import brave.Tracer;
        import brave.Tracer.SpanInScope;
        class Agent {
            private Tracer tracer;
            private Thread worker;
            void step() {
                Span span = tracer.nextSpan().name("step").start();
                try (SpanInScope ws = tracer.withSpanInScope(span)) {
                    work();
                    span.finish();
                }
                Span later = tracer.nextSpan();
                later.start();
                work();
                later.finish();
                worker.start();
                work();
            }
            void work() {}
        }
        """));
  }

  @Test
  void recognisesLibraryStartsOnSubtypesFromTheLibraryPackage() throws Exception {
    assertEquals(List.of(7, 8, 16), findings("""
        import co.elastic.apm.api.ElasticApm;
        import co.elastic.apm.api.Scope;
        import co.elastic.apm.api.Span;
        import co.elastic.apm.api.Transaction;
        class Agent {
            void step(Transaction transaction) {
                Span span = transaction.startSpan();
                Scope scope = transaction.activate();
                work();
                scope.close();
                span.end();
            }
            void root() {
                Transaction transaction = ElasticApm.startTransaction();
                try {
                    Scope scope = transaction.activate();
                    work();
                    scope.close();
                } finally {
                    transaction.end();
                }
            }
            void work() {}
        }
        """));
  }

  @Test
  void doesNotTakeProjectOrJdkStartsForTraces() throws Exception {
    assertEquals(List.of(), findings("""
        import io.opentelemetry.api.trace.Tracer;
        import com.example.jobs.Job;
        import com.example.jobs.Pipeline;
        class Agent {
            private Tracer tracer;
            void run(Job job, Pipeline pipeline, Runnable task) {
                job.start();
                pipeline.stage("load").start();
                new Thread(task).start();
                var started = job.start();
                work();
                job.end();
                started.end();
            }
            void work() {}
        }
        """));
  }

  /** The lines UnclosedTrace reports on {@code source}, analysed by PMD in a loader without the tracing libraries. */
  @SuppressWarnings("unchecked")
  private static List<Integer> findings(String source) throws Exception {
    try (URLClassLoader loader = classLoaderWithoutTracingLibraries()) {
      Class<?> isolated = loader.loadClass(UnclosedTraceWithoutTypesTest.class.getName());
      Method analyse = isolated.getDeclaredMethod("analyse", String.class);
      analyse.setAccessible(true);
      return (List<Integer>) analyse.invoke(null, source);
    }
  }

  private static URLClassLoader classLoaderWithoutTracingLibraries() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.matches(TRACING_LIBRARIES)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  /** Runs inside the isolated loader: PMD without an auxclasspath resolves types with that loader alone. */
  private static List<Integer> analyse(String source) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setReporter(new CollectingReporter());
    configuration.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    configuration.setIgnoreIncrementalAnalysis(true);
    configuration.setThreads(0);
    try (PmdAnalysis pmd = PmdAnalysis.create(configuration)) {
      pmd.addRuleSet(pmd.newRuleSetLoader().loadFromResource("rulesets/tracelint.xml"));
      pmd.files().addSourceFile(FileId.fromPathLikeString("Agent.java"), source);
      Report report = pmd.performAnalysisAndCollectReport();
      if (!report.getProcessingErrors().isEmpty() || !report.getConfigurationErrors().isEmpty()) {
        throw new IllegalStateException("PMD failed: " + report.getProcessingErrors() + report.getConfigurationErrors());
      }
      return report.getViolations().stream()
          .filter(violation -> violation.getRule().getName().equals("UnclosedTrace"))
          .map(violation -> violation.getBeginLine())
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
