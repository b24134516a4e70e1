package dev.tracelint.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.JvmLanguagePropertyBundle;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import net.sourceforge.pmd.util.log.PmdReporter;
import org.slf4j.event.Level;

/**
 * One PMD 7 analysis of tracelint's ruleset over some files, for Java 17, either with the libraries as auxclasspath
 * (types resolve) or without (only the JDK resolves, as with {@code maven-pmd-plugin} or the CLI given no
 * auxclasspath).
 *
 * <p>In-process, PMD's default analysis class loader is the one that loaded PMD, which here is the test classpath with
 * every library on it: the "without" mode would then silently resolve everything. Both modes therefore give the Java
 * language an explicit class loader whose parent is the platform loader (the JDK resolves, nothing else).
 */
final class PmdRun {

  private final Report report;
  private final List<String> reporterErrors;

  private PmdRun(Report report, List<String> reporterErrors) {
    this.report = report;
    this.reporterErrors = reporterErrors;
  }

  /**
   * Analyses {@code files} with the rules of {@code rulesetXml} (a ruleset that references
   * {@code rulesets/tracelint.xml}).
   */
  static PmdRun analyse(Collection<Path> files, boolean withAuxclasspath, String rulesetXml) {
    return analyse(files, withAuxclasspath ? ConformancePaths.libraryClasspath() : List.of(), rulesetXml);
  }

  /** Analyses {@code files} with exactly {@code auxclasspath} (besides the JDK) as the types PMD may resolve. */
  static PmdRun analyse(Collection<Path> files, List<Path> auxclasspath, String rulesetXml) {
    CollectingReporter reporter = new CollectingReporter();
    PMDConfiguration config = new PMDConfiguration();
    config.setReporter(reporter);
    config.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
    config.setIgnoreIncrementalAnalysis(true);
    // On the calling thread: a test that needs a large stack for huge sources can then provide it.
    config.setThreads(0);
    try (URLClassLoader analysisLoader = analysisClassLoader(auxclasspath)) {
      RuleSet ruleSet = new RuleSetLoader()
          .loadResourcesWith(PmdRun.class.getClassLoader())
          .loadFromString("conformance-ruleset.xml", rulesetXml);
      try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
        // Set on the language, not the configuration: PmdAnalysis.create refuses a configuration class loader.
        ((JvmLanguagePropertyBundle) pmd.getLanguageProperties(JavaLanguageModule.getInstance()))
            .setClassLoader(analysisLoader);
        pmd.addRuleSet(ruleSet);
        files.forEach(pmd.files()::addFile);
        Report report = pmd.performAnalysisAndCollectReport();
        return new PmdRun(report, List.copyOf(reporter.errors));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every rule of tracelint's ruleset, with {@code properties} (rule, property, value) applied as a user does. */
  static String rulesetXml(Set<String> rulesInRuleset, Map<String, Map<String, String>> properties) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\"?>\n")
        .append("<ruleset name=\"conformance\" xmlns=\"http://pmd.sourceforge.net/ruleset/2.0.0\"\n")
        .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        .append("    xsi:schemaLocation=\"http://pmd.sourceforge.net/ruleset/2.0.0 ")
        .append("https://pmd.sourceforge.io/ruleset_2_0_0.xsd\">\n")
        .append("  <description>tracelint as a user configures it</description>\n");
    List<String> configured = new ArrayList<>();
    properties.keySet().stream().filter(rulesInRuleset::contains).forEach(configured::add);
    xml.append("  <rule ref=\"").append(EngineFaces.RULESET).append("\">\n");
    configured.forEach(rule -> xml.append("    <exclude name=\"").append(rule).append("\"/>\n"));
    xml.append("  </rule>\n");
    for (String rule : configured) {
      xml.append("  <rule ref=\"").append(EngineFaces.RULESET).append('/').append(rule).append("\">\n")
          .append("    <properties>\n");
      properties.get(rule).forEach((name, value) -> xml.append("      <property name=\"").append(name)
          .append("\" value=\"").append(escapeXml(value)).append("\"/>\n"));
      xml.append("    </properties>\n  </rule>\n");
    }
    return xml.append("</ruleset>\n").toString();
  }

  Set<Finding> findings() {
    Set<Finding> findings = new TreeSet<>();
    for (RuleViolation violation : report.getViolations()) {
      findings.add(new Finding(
          Path.of(violation.getFileId().getAbsolutePath()), violation.getBeginLine(), violation.getRule().getName()));
    }
    return findings;
  }

  /** The message of every violation, by (file, line, rule). */
  Map<Finding, List<String>> messages() {
    Map<Finding, List<String>> messages = new java.util.TreeMap<>();
    for (RuleViolation violation : report.getViolations()) {
      Finding finding = new Finding(
          Path.of(violation.getFileId().getAbsolutePath()), violation.getBeginLine(), violation.getRule().getName());
      messages.computeIfAbsent(finding, key -> new ArrayList<>()).add(violation.getDescription());
    }
    return messages;
  }

  /** Processing errors (a rule or the parser threw), configuration errors and errors PMD logged. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (Report.ProcessingError error : report.getProcessingErrors()) {
      problems.add("processing error in " + ConformancePaths.display(Path.of(error.getFileId().getAbsolutePath()))
          + ": " + error.getMsg() + "\n" + error.getDetail());
    }
    for (Report.ConfigurationError error : report.getConfigurationErrors()) {
      problems.add("configuration error of rule " + error.rule().getName() + ": " + error.issue());
    }
    reporterErrors.forEach(message -> problems.add("PMD logged: " + message));
    return problems;
  }

  private static URLClassLoader analysisClassLoader(List<Path> auxclasspath) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : auxclasspath) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Keeps what PMD logs at WARN or above, so that a test can show it instead of a log line nobody reads. */
  private static final class CollectingReporter implements PmdReporter {
    private final List<String> errors = new ArrayList<>();
    private int errorCount;

    @Override
    public boolean isLoggable(Level level) {
      return level.toInt() >= Level.WARN.toInt();
    }

    @Override
    public synchronized void logEx(Level level, String message, Object[] formatArgs, Throwable error) {
      if (level.toInt() < Level.WARN.toInt()) {
        return;
      }
      if (level == Level.ERROR) {
        errorCount++;
      }
      String text = message == null ? "" : MessageFormat.format(message, formatArgs == null ? new Object[0] : formatArgs);
      errors.add(level + " " + text + (error == null ? "" : " (" + error + ")"));
    }

    @Override
    public synchronized int numErrors() {
      return errorCount;
    }
  }
}
