package dev.tracelint.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import net.sourceforge.pmd.util.log.PmdReporter;
import org.slf4j.event.Level;

/** Runs PMD with tracelint's ruleset over one library, with its classpath as auxclasspath or with the JDK alone. */
final class PmdSweep {
  static final String WITH_TYPES = "pmd";
  static final String WITHOUT_TYPES = "pmd-notypes";

  private static final String RULESET = "rulesets/tracelint.xml";
  /** The Java version the libraries are parsed as: the one javac and Error Prone compile them with here. */
  private static final String JAVA_VERSION = "17";

  private final Set<String> expectedRules;
  /** The ruleset a user writes to set the rules' properties, or null to run tracelint's ruleset as it is. */
  private final String configuredRuleset;
  /** This JDK's {@code jrt-fs.jar}: how PMD reads the JDK's classes. */
  private final Path jrtFs = Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");

  /** @param ruleOptions rule to option key (Error Prone's UpperCamel) to value, set as the lowerCamel property */
  PmdSweep(Set<String> expectedRules, Map<String, Map<String, String>> ruleOptions) {
    this.expectedRules = expectedRules;
    this.configuredRuleset = ruleOptions.isEmpty() ? null : rulesetXml(ruleOptions);
  }

  /**
   * tracelint's ruleset with the configured rules referenced one by one, each with its properties: what a project
   * ruleset holds (see the docs pages' "Options").
   */
  private static String rulesetXml(Map<String, Map<String, String>> ruleOptions) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n"
        + "<ruleset name=\"tracelint with options\" xmlns=\"http://pmd.sourceforge.net/ruleset/2.0.0\">\n"
        + "  <description>tracelint with the sweep's rule options</description>\n"
        + "  <rule ref=\"" + RULESET + "\">\n");
    ruleOptions.keySet().forEach(rule -> xml.append("    <exclude name=\"").append(rule).append("\"/>\n"));
    xml.append("  </rule>\n");
    ruleOptions.forEach((rule, options) -> {
      xml.append("  <rule ref=\"").append(RULESET).append('/').append(rule).append("\">\n    <properties>\n");
      options.forEach((key, value) -> xml.append("      <property name=\"")
          .append(Character.toLowerCase(key.charAt(0))).append(key.substring(1))
          .append("\" value=\"").append(escapeXml(value)).append("\"/>\n"));
      xml.append("    </properties>\n  </rule>\n");
    });
    return xml.append("</ruleset>\n").toString();
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * Analyses the files; reports findings and problems through the consumers. {@code engine} is {@link #WITH_TYPES}
   * (auxclasspath: the library's classpath and the JDK) or {@link #WITHOUT_TYPES} (the JDK alone).
   */
  void run(String engine, SweepLibrary library, List<Path> files, Consumer<Finding> findings,
      Consumer<SweepProblem> problems) {
    PMDConfiguration config = new PMDConfiguration();
    config.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion(JAVA_VERSION));
    config.setSourceEncoding(UTF_8);
    config.setIgnoreIncrementalAnalysis(true);
    // Always set an auxclasspath, even "without types": with none at all, PMD 7.27 falls back on its own class
    // loader, i.e. this JVM's classpath, which holds every tracing library of known-apis; the degraded mode would
    // then resolve types after all. With an auxclasspath PMD reads nothing else.
    config.setAuxClasspath(engine.equals(WITH_TYPES)
        ? Stream.concat(library.classpath().stream(), Stream.of(jrtFs))
            .map(Path::toString).collect(Collectors.joining(File.pathSeparator))
        : jrtFs.toString());
    if (configuredRuleset == null) {
      config.addRuleSet(RULESET);
    }

    OptionErrors optionErrors = new OptionErrors();
    if (configuredRuleset != null) {
      // PMD names an unknown property only in its log, which this JVM does not print: keep its errors to report
      config.setReporter(optionErrors);
    }
    try (PmdAnalysis analysis = PmdAnalysis.create(config)) {
      if (configuredRuleset != null) {
        try {
          analysis.addRuleSet(RuleSetLoader.fromPmdConfig(config).loadFromString("options.xml", configuredRuleset));
        } catch (RuntimeException e) {
          problems.accept(new SweepProblem(SweepProblem.Kind.CONFIGURATION_ERROR, engine, library.name(), "options",
              e.getMessage() + ": " + String.join("; ", optionErrors.messages)));
          return;
        }
      }
      Set<String> loaded = analysis.getRulesets().stream().flatMap(ruleSet -> ruleSet.getRules().stream())
          .map(Rule::getName).collect(Collectors.toCollection(TreeSet::new));
      if (!loaded.equals(expectedRules)) {
        problems.accept(new SweepProblem(SweepProblem.Kind.CONFIGURATION_ERROR, engine, library.name(), RULESET,
            "rules loaded " + loaded + ", checks jar lists " + expectedRules));
      }
      files.forEach(analysis.files()::addFile);
      Report report = analysis.performAnalysisAndCollectReport();

      for (RuleViolation violation : report.getViolations()) {
        String file = library.relativePath(Path.of(violation.getFileId().getAbsolutePath()));
        findings.accept(new Finding(engine, library.name(), file, violation.getBeginLine(),
            violation.getRule().getName(), violation.getDescription()));
      }
      for (Report.ConfigurationError error : report.getConfigurationErrors()) {
        problems.accept(new SweepProblem(SweepProblem.Kind.CONFIGURATION_ERROR, engine, library.name(),
            error.rule().getName(), error.issue()));
      }
      for (Report.ProcessingError error : report.getProcessingErrors()) {
        String file = library.relativePath(Path.of(error.getFileId().getAbsolutePath()));
        String rule = tracelintFrame(error.getError());
        problems.accept(rule == null
            ? new SweepProblem(SweepProblem.Kind.PROCESSING_ERROR, engine, library.name(), file,
                StackExcerpt.of(error.getError()))
            : new SweepProblem(SweepProblem.Kind.CRASH, engine, library.name(), file,
                rule + " threw " + StackExcerpt.of(error.getError())));
      }
      if (analysis.getReporter().numErrors() > 0) {
        problems.accept(new SweepProblem(SweepProblem.Kind.CONFIGURATION_ERROR, engine, library.name(), "",
            analysis.getReporter().numErrors() + " error(s) reported by PMD while setting up the analysis"));
      }
    }
  }

  /** PMD's error messages, kept, and counted as PMD's own reporter counts them. */
  private static final class OptionErrors implements PmdReporter {
    private final List<String> messages = new ArrayList<>();

    @Override
    public boolean isLoggable(Level level) {
      return level == Level.ERROR;
    }

    @Override
    public synchronized void logEx(Level level, String message, Object[] formatArgs, Throwable error) {
      if (level == Level.ERROR) {
        messages.add(MessageFormat.format(message == null ? "" : message,
            formatArgs == null ? new Object[0] : formatArgs));
      }
    }

    @Override
    public synchronized int numErrors() {
      return messages.size();
    }
  }

  /**
   * PMD reports an exception thrown by a rule as a processing error of the file, without naming the rule: the
   * exception's stack does. Returns the innermost tracelint class on it, or null for an error of PMD's own (a
   * parse error, for instance).
   */
  private static String tracelintFrame(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String frame = Arrays.stream(cause.getStackTrace())
          .map(StackTraceElement::getClassName)
          .filter(StackExcerpt::isTracelintFrame)
          .findFirst().orElse(null);
      if (frame != null) {
        return frame.substring(frame.lastIndexOf('.') + 1);
      }
    }
    return null;
  }
}
