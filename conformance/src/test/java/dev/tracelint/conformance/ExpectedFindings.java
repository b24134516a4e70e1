package dev.tracelint.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a corpus or sample file says the engines must report, from markers on the reported line:
 * <ul>
 *   <li>{@code // tracelint-expect: Rule} every engine reports it (several rules on one line may be listed, separated
 *       by commas or blanks, or given as repeated markers);
 *   <li>{@code // tracelint-expect-with-types: Rule} Error Prone and PMD with an auxclasspath report it, PMD without
 *       one does not (a shape only types can prove);
 *   <li>{@code // tracelint-expect-without-types: Rule} only PMD without an auxclasspath reports it (a documented
 *       over-report of the no-types mode);
 *   <li>{@code // tracelint-expect-in-test-code: Rule} the file is test code: every engine reports it only with the
 *       rule's {@code IncludeTestCode} option on, and the harness runs the file a second time so (the file must then
 *       compile on its own, against the libraries only);
 *   <li>a single-rule marker may end with {@code -- text}: every engine that reports the finding must put
 *       {@code text} in its message;
 *   <li>{@code // conformance: needs-types} in the first lines: PMD without an auxclasspath may miss some of the
 *       file's {@code tracelint-expect} findings (never add any).
 * </ul>
 */
record ExpectedFindings(Path file, Set<Finding> findings, Set<Finding> withTypesOnly, Set<Finding> withoutTypesOnly,
    Set<Finding> inTestCodeOnly, Map<Finding, String> messages, boolean needsTypes) {

  /** How many leading lines may carry the {@code needs-types} declaration (the header and imports). */
  static final int HEADER_LINES = 20;

  private static final Pattern MARKER = Pattern.compile(
      "tracelint-expect(-with-types|-without-types|-in-test-code)?:\\s*([A-Za-z0-9_]+(?:[\\s,]+[A-Z][A-Za-z0-9_]*)*)"
          + "(?:\\s+--\\s+(.*?))?\\s*(?=//|$)");
  private static final Pattern NEEDS_TYPES = Pattern.compile("//\\s*conformance:\\s*needs-types\\b");

  static ExpectedFindings read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<Finding> everywhere = new TreeSet<>();
    Set<Finding> withTypesOnly = new TreeSet<>();
    Set<Finding> withoutTypesOnly = new TreeSet<>();
    Set<Finding> inTestCodeOnly = new TreeSet<>();
    Map<Finding, String> messages = new TreeMap<>();
    boolean needsTypes = false;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      Matcher marker = MARKER.matcher(line);
      while (marker.find()) {
        Set<Finding> target = marker.group(1) == null ? everywhere
            : marker.group(1).equals("-with-types") ? withTypesOnly
            : marker.group(1).equals("-in-test-code") ? inTestCodeOnly : withoutTypesOnly;
        String[] rules = marker.group(2).split("[\\s,]+");
        for (String rule : rules) {
          Finding finding = new Finding(file, index + 1, rule);
          target.add(finding);
          if (marker.group(3) != null && rules.length == 1) {
            messages.put(finding, marker.group(3));
          }
        }
      }
      if (index < HEADER_LINES && NEEDS_TYPES.matcher(line).find()) {
        needsTypes = true;
      }
    }
    return new ExpectedFindings(file, Set.copyOf(everywhere), Set.copyOf(withTypesOnly), Set.copyOf(withoutTypesOnly),
        Set.copyOf(inTestCodeOnly), Map.copyOf(messages), needsTypes);
  }

  /** Whether the harness runs this file a second time, as test code included by the {@code IncludeTestCode} option. */
  boolean runsAsTestCode() {
    return !inTestCodeOnly.isEmpty();
  }

  /**
   * What the engines must report with {@code IncludeTestCode} on: the findings of every other marker and the
   * test-code ones.
   */
  ExpectedFindings includingTestCode() {
    Set<Finding> all = new TreeSet<>(findings);
    all.addAll(inTestCodeOnly);
    return new ExpectedFindings(file, Set.copyOf(all), withTypesOnly, withoutTypesOnly, Set.of(), messages, needsTypes);
  }

  /** What Error Prone and PMD with an auxclasspath must report. */
  Set<Finding> withTypes() {
    Set<Finding> all = new TreeSet<>(findings);
    all.addAll(withTypesOnly);
    return all;
  }

  /** What PMD without an auxclasspath must report (all of it, unless the file needs types). */
  Set<Finding> withoutTypes() {
    Set<Finding> all = new TreeSet<>(findings);
    all.addAll(withoutTypesOnly);
    return all;
  }

  /** The rules this file makes claims about. */
  Set<String> rulesNamed() {
    Set<String> rules = new TreeSet<>();
    findings.forEach(finding -> rules.add(finding.rule()));
    withTypesOnly.forEach(finding -> rules.add(finding.rule()));
    withoutTypesOnly.forEach(finding -> rules.add(finding.rule()));
    inTestCodeOnly.forEach(finding -> rules.add(finding.rule()));
    return rules;
  }
}
