package dev.tracelint.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a corpus or sample file says the engines must report: every {@code // tracelint-expect: Rule} marker (several
 * rules on one line may be listed, separated by commas or blanks, or given as repeated markers), and whether the file
 * declares, with {@code // conformance: needs-types} in its first lines, that PMD without an auxclasspath may miss
 * some of its findings.
 */
record ExpectedFindings(Path file, Set<Finding> findings, boolean needsTypes) {

  /** How many leading lines may carry the {@code needs-types} declaration (the header and imports). */
  static final int HEADER_LINES = 20;

  private static final Pattern MARKER = Pattern.compile("tracelint-expect:\\s*([A-Za-z0-9_]+(?:[\\s,]+[A-Z][A-Za-z0-9_]*)*)");
  private static final Pattern NEEDS_TYPES = Pattern.compile("//\\s*conformance:\\s*needs-types\\b");

  static ExpectedFindings read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<Finding> findings = new TreeSet<>();
    boolean needsTypes = false;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      Matcher marker = MARKER.matcher(line);
      while (marker.find()) {
        for (String rule : marker.group(1).split("[\\s,]+")) {
          findings.add(new Finding(file, index + 1, rule));
        }
      }
      if (index < HEADER_LINES && NEEDS_TYPES.matcher(line).find()) {
        needsTypes = true;
      }
    }
    return new ExpectedFindings(file, Set.copyOf(findings), needsTypes);
  }

  /** The rules this file makes claims about. */
  Set<String> rulesNamed() {
    Set<String> rules = new TreeSet<>();
    findings.forEach(finding -> rules.add(finding.rule()));
    return rules;
  }
}
