package dev.tracelint.lsp.engine;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.ast.FileAnalysisException;
import net.sourceforge.pmd.lang.ast.LexException;
import net.sourceforge.pmd.lang.ast.ParseException;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.document.FileLocation;
import net.sourceforge.pmd.lang.document.TextFile;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.reporting.FileAnalysisListener;
import net.sourceforge.pmd.reporting.GlobalAnalysisListener;
import net.sourceforge.pmd.reporting.Report.ProcessingError;
import net.sourceforge.pmd.reporting.RuleViolation;
import net.sourceforge.pmd.util.AuxClasspathLoader;
import net.sourceforge.pmd.util.log.PmdReporter;
import org.slf4j.event.Level;

/**
 * Runs tracelint's rules over sources held in memory, by running PMD in this process with the PMD rules (the PMD
 * adapter of the rules' decision procedures). This is the only class of the module that starts an analysis: when the
 * engine-neutral core can be called directly, only this class changes.
 *
 * <p>Every call builds a fresh PMD analysis, so a call sees the auxclasspath and rules it is given and nothing of an
 * earlier call. Calls are not meant to overlap: the language server makes them from one thread.
 */
public final class PmdRunner {
  private final int threads;
  private final Consumer<String> log;

  /**
   * {@code threads} as PMD's {@code --threads}: 0 analyses on the calling thread, which suits one buffer. PMD's own
   * errors go to {@code log}; its warnings do not (it warns about the JDK on the auxclasspath at every run).
   */
  public PmdRunner(int threads, Consumer<String> log) {
    this.threads = threads;
    this.log = log;
  }

  /**
   * Keeps the two most recent auxclasspaths open between analyses, instead of opening every jar (and the JDK's
   * modules) again for each one; it halves the time of an analysis with types. For a process that analyses the same
   * project again and again, such as the language server; PMD calls this reuse experimental. Jars that change on disk
   * while open are not re-read until the classpath itself changes.
   */
  public static void reuseClasspaths() {
    AuxClasspathLoader.enableReuse(2);
  }

  /**
   * Analyses {@code sources} with {@code rules}; {@code auxClasspath} (path-separated, may be empty) is where the
   * sources' types are looked up, empty meaning the rules' no-types mode. (PMD also looks in its own class path,
   * after the auxclasspath: the JDK's types and this jar's. No tracing library is bundled, so the rules see the
   * difference.) Results are keyed by {@link SourceText#path()}, in the order of {@code sources}.
   */
  public Map<String, SourceResult> analyze(List<SourceText> sources, RuleSet rules, String auxClasspath) {
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setThreads(threads);
    configuration.setIgnoreIncrementalAnalysis(true);
    configuration.setReporter(new ErrorReporter(log));
    if (!auxClasspath.isBlank()) {
      configuration.prependAuxClasspath(auxClasspath);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    sources.forEach(source -> texts.put(source.path(), source.text()));
    Collector collector = new Collector();
    try (PmdAnalysis analysis = PmdAnalysis.create(configuration)) {
      analysis.addRuleSet(rules);
      for (SourceText source : sources) {
        analysis.files().addFile(TextFile.forCharSeq(source.text(), FileId.fromPathLikeString(source.path()),
            JavaLanguageModule.getInstance().getDefaultVersion()));
      }
      analysis.addListener(collector);
      analysis.performAnalysis();
    }
    Map<String, SourceResult> results = new LinkedHashMap<>();
    texts.forEach((path, text) -> results.put(path, collector.resultOf(path, text)));
    return results;
  }

  /** Passes PMD's errors on to a log, and counts them as PMD expects its reporter to. */
  private static final class ErrorReporter implements PmdReporter {
    private final Consumer<String> log;
    private final AtomicInteger errors = new AtomicInteger();

    ErrorReporter(Consumer<String> log) {
      this.log = log;
    }

    @Override
    public boolean isLoggable(Level level) {
      return level == Level.ERROR;
    }

    @Override
    public void logEx(Level level, String message, Object[] formatArgs, Throwable error) {
      if (level == Level.ERROR) {
        errors.incrementAndGet();
        log.accept("PMD: " + (message == null ? String.valueOf(error) : MessageFormat.format(message, formatArgs))
            + (message != null && error != null ? ": " + error : ""));
      }
    }

    @Override
    public int numErrors() {
      return errors.get();
    }
  }

  /** Gathers violations and errors per file; PMD may call it from several threads at once. */
  private static final class Collector implements GlobalAnalysisListener {
    private final Map<String, List<RuleViolation>> violations = new ConcurrentHashMap<>();
    private final Map<String, List<ProcessingError>> errors = new ConcurrentHashMap<>();

    @Override
    public FileAnalysisListener startFileAnalysis(TextFile file) {
      String path = file.getFileId().getOriginalPath();
      List<RuleViolation> fileViolations = Collections.synchronizedList(new ArrayList<>());
      List<ProcessingError> fileErrors = Collections.synchronizedList(new ArrayList<>());
      violations.put(path, fileViolations);
      errors.put(path, fileErrors);
      return new FileAnalysisListener() {
        @Override
        public void onRuleViolation(RuleViolation violation) {
          fileViolations.add(violation);
        }

        @Override
        public void onError(ProcessingError error) {
          fileErrors.add(error);
        }
      };
    }

    @Override
    public void close() {}

    SourceResult resultOf(String path, String text) {
      List<ProcessingError> fileErrors = errors.getOrDefault(path, List.of());
      boolean parsed = fileErrors.stream().noneMatch(error -> isSyntaxError(error.getError()));
      List<Finding> findings = new ArrayList<>();
      if (parsed) {
        violations.getOrDefault(path, List.of()).stream()
            .sorted(RuleViolation.DEFAULT_COMPARATOR)
            .forEach(violation -> findings.add(findingOf(violation, text)));
      }
      return new SourceResult(findings, parsed, fileErrors.stream().map(PmdRunner::describe).toList());
    }
  }

  private static boolean isSyntaxError(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException || cause instanceof LexException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(ProcessingError error) {
    Throwable cause = error.getError();
    // PMD wraps a rule's exception with the file and rule; its own message says which.
    return cause instanceof FileAnalysisException ? cause.getMessage() : error.getMsg();
  }

  private static Finding findingOf(RuleViolation violation, String text) {
    FileLocation location = violation.getLocation();
    ReportedToken token = ReportedToken.at(text, location.getStartLine(), location.getStartColumn(),
        location.getEndLine(), location.getEndColumn());
    String docsUrl = violation.getRule().getExternalInfoUrl();
    return new Finding(
        violation.getRule().getName(),
        violation.getDescription(),
        FindingSeverity.of(violation.getRule().getPriority()),
        docsUrl == null ? "" : docsUrl,
        token.line(),
        token.column(),
        token.endLine(),
        token.endColumn());
  }
}
