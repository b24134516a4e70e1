import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Compares what the engines reported on the sample sources with the {@code // tracelint-expect: <Rule>} markers in
 * them: every marked line must be reported with that rule, and no other line with any tracelint rule.
 *
 * <p>Run with the JDK's source launcher, no build step and no dependencies:
 * <pre>
 * java samples/verifier/ExpectedFindings.java --sources samples/agent-app/src/main/java \
 *     [--pmd-report samples/agent-app/target/pmd.xml] [--maven-log build.log]
 * </pre>
 * {@code --pmd-report} reads maven-pmd-plugin's XML report (a processing or configuration error fails the check too);
 * {@code --maven-log} reads the Error Prone diagnostics that maven-compiler-plugin printed into a Maven log
 * ({@code [WARNING] /path/File.java:[line,col] [Rule] message}). Exit code 0 when every given report matches the
 * markers, 1 when one does not, 2 on wrong usage or unreadable input.
 */
public final class ExpectedFindings {

  /** The rules of the pack; diagnostics of other checks (Error Prone's own) are not this check's business. */
  private static final Set<String> TRACELINT_RULES = Set.of(
      "UnclosedTrace", "UnboundedRetry", "RetryWithoutBackoff", "FullSecretLogged", "BlockingIngestOnRequestPath",
      "ExitBeforeTraceFlush");

  private static final String MARKER = "tracelint-expect:";
  private static final Pattern RULE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern JAVAC_DIAGNOSTIC =
      Pattern.compile("^\\[(?:WARNING|ERROR)\\]\\s+(.+?\\.java):\\[(\\d+),\\d+\\]\\s+\\[(\\w+)\\]\\s*(.*)$");

  /** A finding at a source line, keyed the way both engines and the markers can express it. */
  private record Finding(String file, int line, String rule) implements Comparable<Finding> {
    @Override
    public int compareTo(Finding other) {
      int byFile = file.compareTo(other.file);
      if (byFile != 0) {
        return byFile;
      }
      return line != other.line ? Integer.compare(line, other.line) : rule.compareTo(other.rule);
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + rule;
    }
  }

  public static void main(String[] args) {
    Map<String, String> options = parseArguments(args);
    if (options == null || !options.containsKey("--sources")
        || !(options.containsKey("--pmd-report") || options.containsKey("--maven-log"))) {
      System.err.println("usage: java ExpectedFindings.java --sources DIR [--pmd-report pmd.xml] [--maven-log FILE]");
      System.exit(2);
    }
    try {
      Path sources = Path.of(options.get("--sources")).toAbsolutePath().normalize();
      Set<Finding> expected = readMarkers(sources);
      if (expected.isEmpty()) {
        // Nothing to compare against would make the check pass vacuously.
        System.err.println("tracelint sample check: no '// " + MARKER + "' marker under " + sources);
        System.exit(1);
      }
      boolean allMatch = true;
      if (options.containsKey("--pmd-report")) {
        allMatch &= compare("PMD", expected, readPmdReport(Path.of(options.get("--pmd-report")), sources));
      }
      if (options.containsKey("--maven-log")) {
        allMatch &= compare("Error Prone", expected, readMavenLog(Path.of(options.get("--maven-log")), sources));
      }
      System.exit(allMatch ? 0 : 1);
    } catch (IOException | InvalidInputException e) {
      System.err.println("tracelint sample check: " + e.getMessage());
      System.exit(2);
    }
  }

  private static Map<String, String> parseArguments(String[] args) {
    if (args.length % 2 != 0) {
      return null;
    }
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!Set.of("--sources", "--pmd-report", "--maven-log").contains(args[i])) {
        return null;
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static Set<Finding> readMarkers(Path sources) throws IOException {
    Set<Finding> expected = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int index = 0; index < lines.size(); index++) {
        String line = lines.get(index);
        int comment = line.indexOf("//");
        int marker = line.indexOf(MARKER);
        if (comment < 0 || marker < comment) {
          continue;
        }
        // "// tracelint-expect: A, B" and "// tracelint-expect: A tracelint-expect: B" both mean two findings.
        String names = line.substring(marker).replace(MARKER, " ").trim();
        for (String name : names.split("[,\\s]+")) {
          if (!RULE_NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                "malformed marker at " + relative(sources, file) + ":" + (index + 1) + ": '" + name + "'");
          }
          expected.add(new Finding(relative(sources, file), index + 1, name));
        }
      }
    }
    return expected;
  }

  private static Set<Finding> readPmdReport(Path report, Path sources) throws IOException {
    if (!Files.isRegularFile(report)) {
      throw new InvalidInputException("no PMD report at " + report + " (did maven-pmd-plugin run?)");
    }
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      document = factory.newDocumentBuilder().parse(report.toFile());
    } catch (Exception e) {
      throw new InvalidInputException("cannot parse " + report + ": " + e.getMessage());
    }
    List<String> engineErrors = new ArrayList<>();
    for (String tag : List.of("error", "configerror")) {
      NodeList errors = document.getElementsByTagName(tag);
      for (int i = 0; i < errors.getLength(); i++) {
        Element error = (Element) errors.item(i);
        engineErrors.add(tag + ": " + error.getAttribute("filename") + error.getAttribute("rule") + " "
            + error.getAttribute("msg"));
      }
    }
    if (!engineErrors.isEmpty()) {
      System.out.println("tracelint sample check: PMD reported errors (a rule crashed or is misconfigured):");
      engineErrors.forEach(error -> System.out.println("  " + error));
      System.exit(1);
    }
    Set<Finding> reported = new TreeSet<>();
    NodeList files = document.getElementsByTagName("file");
    for (int i = 0; i < files.getLength(); i++) {
      Element file = (Element) files.item(i);
      String name = relative(sources, Path.of(file.getAttribute("name")));
      NodeList violations = file.getElementsByTagName("violation");
      for (int j = 0; j < violations.getLength(); j++) {
        Element violation = (Element) violations.item(j);
        String rule = violation.getAttribute("rule");
        if (TRACELINT_RULES.contains(rule)) {
          reported.add(new Finding(name, Integer.parseInt(violation.getAttribute("beginline")), rule));
        }
      }
    }
    return reported;
  }

  private static Set<Finding> readMavenLog(Path log, Path sources) throws IOException {
    if (!Files.isRegularFile(log)) {
      throw new InvalidInputException("no Maven log at " + log);
    }
    Set<Finding> reported = new TreeSet<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher diagnostic = JAVAC_DIAGNOSTIC.matcher(line.strip());
      if (!diagnostic.matches() || !TRACELINT_RULES.contains(diagnostic.group(3))) {
        continue;
      }
      Path file = Path.of(diagnostic.group(1)).toAbsolutePath().normalize();
      if (file.startsWith(sources)) {
        reported.add(new Finding(relative(sources, file), Integer.parseInt(diagnostic.group(2)), diagnostic.group(3)));
      }
    }
    return reported;
  }

  /** Prints one line per expected or reported finding and the totals; true when both sets are equal. */
  private static boolean compare(String engine, Set<Finding> expected, Set<Finding> reported) {
    Set<Finding> all = new TreeSet<>(expected);
    all.addAll(reported);
    System.out.println("tracelint sample check, " + engine + " findings against the tracelint-expect markers:");
    int missing = 0;
    int unexpected = 0;
    for (Finding finding : all) {
      String verdict;
      if (!reported.contains(finding)) {
        verdict = "MISSING   ";
        missing++;
      } else if (!expected.contains(finding)) {
        verdict = "UNEXPECTED";
        unexpected++;
      } else {
        verdict = "ok        ";
      }
      System.out.println("  " + verdict + " " + finding);
    }
    Set<String> unmarkedRules = new TreeSet<>(TRACELINT_RULES);
    expected.forEach(finding -> unmarkedRules.remove(finding.rule()));
    if (!unmarkedRules.isEmpty()) {
      // Not a mismatch: a rule without a sample yet is checked nowhere here, which the reader should know.
      System.out.println("  note: no tracelint-expect marker for " + String.join(", ", unmarkedRules)
          + "; these rules are not exercised by the samples");
    }
    boolean match = missing == 0 && unexpected == 0;
    System.out.printf("%s: %d expected, %d reported, %d missing, %d unexpected: %s%n",
        engine, expected.size(), reported.size(), missing, unexpected, match ? "MATCH" : "MISMATCH");
    return match;
  }

  private static String relative(Path sources, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(sources) ? sources.relativize(absolute) : absolute).toString().replace('\\', '/');
  }

  /** Input the check cannot use; reported as a usage problem rather than a mismatch. */
  private static final class InvalidInputException extends RuntimeException {
    InvalidInputException(String message) {
      super(message);
    }
  }
}
