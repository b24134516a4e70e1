package dev.tracelint.conformance;

import java.nio.file.Path;
import java.util.Comparator;

/** One verdict as both engines must agree on it: a rule reported on a line of a file. */
record Finding(Path file, int line, String rule) implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding finding) -> finding.file().toString())
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::rule);

  Finding {
    file = file.toAbsolutePath().normalize();
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return ConformancePaths.display(file) + ":" + line + " " + rule;
  }
}
