package dev.tracelint.lsp.server;

import dev.tracelint.lsp.engine.ConfiguredRules;
import dev.tracelint.lsp.engine.Finding;
import dev.tracelint.lsp.engine.PmdRunner;
import dev.tracelint.lsp.engine.SourceResult;
import dev.tracelint.lsp.engine.SourceText;
import dev.tracelint.lsp.server.OpenDocuments.Document;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Keeps every open document's diagnostics up to date. All analyses run one at a time on a single thread; a change is
 * analysed after a short quiet period (typing in bursts costs one analysis), and a newer version of a document makes
 * an analysis of an older one stale: a pending one is cancelled, a running one finishes but publishes nothing.
 */
final class LiveAnalysis implements AutoCloseable {
  /** What was last published for a document: the findings and the text they were found in. */
  record Published(String text, List<Finding> findings) {}

  private final OpenDocuments documents;
  private final PmdRunner runner;
  private final LanguageClient client;
  private final Consumer<String> log;
  private final long quietMillis;
  /** Parsers and rules recurse as deep as the code nests; long generated expressions need more than 1 MB. */
  private static final long ANALYSIS_STACK_BYTES = 16L * 1024 * 1024;

  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread analysis = new Thread(null, runnable, "tracelint-analysis", ANALYSIS_STACK_BYTES);
    analysis.setDaemon(true);
    return analysis;
  });
  private final Map<String, Future<?>> pending = new ConcurrentHashMap<>();
  private final Map<String, Published> published = new ConcurrentHashMap<>();
  private volatile ConfiguredRules rules;
  private volatile String auxClasspath = "";

  LiveAnalysis(OpenDocuments documents, ConfiguredRules rules, LanguageClient client, Consumer<String> log,
      long quietMillis) {
    this.documents = documents;
    this.rules = rules;
    this.client = client;
    this.log = log;
    this.quietMillis = quietMillis;
    this.runner = new PmdRunner(0, log);
    PmdRunner.reuseClasspaths(); // the server analyses the same project's classpath at every change
  }

  /** Analyses {@code uri} once the editor has been quiet for a moment (after a change). */
  void changed(String uri) {
    schedule(uri, quietMillis);
  }

  /** Analyses {@code uri} as soon as the thread is free (on open and save). */
  void analyseSoon(String uri) {
    schedule(uri, 0);
  }

  private void schedule(String uri, long delayMillis) {
    Future<?> previous = pending.put(uri, thread.schedule(() -> analyse(uri), delayMillis, TimeUnit.MILLISECONDS));
    if (previous != null) {
      previous.cancel(false);
    }
  }

  /** Clears the diagnostics of a closed document, after any analysis of it that is still running. */
  void closed(String uri) {
    Future<?> previous = pending.remove(uri);
    if (previous != null) {
      previous.cancel(false);
    }
    thread.execute(() -> {
      published.remove(uri);
      client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    });
  }

  /** The rules analyses run with now. */
  ConfiguredRules rules() {
    return rules;
  }

  /** The types analyses run with now: a path-separated classpath, empty for none. */
  String auxClasspath() {
    return auxClasspath;
  }

  /** Runs every later analysis with {@code newRules}, and analyses the open documents again. */
  void useRules(ConfiguredRules newRules) {
    rules = newRules;
    documents.all().forEach(document -> analyseSoon(document.uri()));
  }

  /** Runs every later analysis with types from {@code classpath}, and analyses the open documents again. */
  void useAuxClasspath(String classpath) {
    auxClasspath = classpath;
    documents.all().forEach(document -> analyseSoon(document.uri()));
  }

  /**
   * What was last published for {@code uri}, if its findings were made on exactly the document's current text (not
   * while it was being edited, nor on the last text that parsed): only then can a fix's offsets be trusted.
   */
  Optional<Published> current(String uri) {
    Published last = published.get(uri);
    Optional<Document> document = documents.get(uri);
    return last != null && document.isPresent() && document.get().text().equals(last.text())
        ? Optional.of(last)
        : Optional.empty();
  }

  private void analyse(String uri) {
    Optional<Document> open = documents.get(uri);
    if (open.isEmpty()) {
      return;
    }
    Document document = open.get();
    SourceResult result = analyseSafely(uri, document.text());
    if (!documents.isCurrent(uri, document.version())) {
      return; // a newer version arrived meanwhile, and its own analysis is scheduled
    }
    result.errors().forEach(error -> log.accept("tracelint: " + uri + ": " + error));
    Published previous = published.get(uri);
    List<Finding> findings = result.parsed() || previous == null
        ? result.findings()
        : UnchangedLines.keep(previous.findings(), previous.text(), document.text());
    // An unparsable buffer keeps the text of the last parsed one, so that the next comparison is against it.
    String analysedText = result.parsed() || previous == null ? document.text() : previous.text();
    published.put(uri, new Published(analysedText, findings));
    client.publishDiagnostics(new PublishDiagnosticsParams(
        uri, findings.stream().map(DiagnosticFactory::diagnosticOf).toList(), document.version()));
  }

  /**
   * The rules' result, or, when PMD or a rule fails on odd input (even by running out of stack), the result of a
   * text that does not parse: the server goes on, and no finding stays on a line that changed.
   */
  private SourceResult analyseSafely(String uri, String text) {
    try {
      return runner.analyze(List.of(new SourceText(pathOf(uri), text)), rules.ruleSet(), auxClasspath)
          .values().iterator().next();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return new SourceResult(List.of(), false, List.of("analysis failed: " + e));
    }
  }

  /** A path for PMD to name the source by: the file's own for {@code file:} URIs, a made-up one otherwise. */
  static String pathOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      if ("file".equals(parsed.getScheme())) {
        return Path.of(parsed).toString();
      }
    } catch (IllegalArgumentException e) {
      // not a URI a Path can be made of: fall through
    }
    return "/" + uri.replaceAll("[^A-Za-z0-9._-]", "_") + ".java";
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
